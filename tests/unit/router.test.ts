import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { contract, methodNames, ok, type AppErrorShape, type MethodName, type Result } from '../../db/contract';
import { senderOf } from '../../electron/main/ipc';
import { createRouter, type Backend, type Sender } from '../../electron/router/router';

const APP = 'app://clusterdesk';
const fromApp: Sender = { url: `${APP}/index.html#/projects`, isTopFrame: true };

function routerWithStub(backend: Backend = async (method, input) => ok({ method, input })) {
  const spy = vi.fn(backend);
  return { router: createRouter({ appOrigin: APP, backend: spy }), backend: spy };
}

const errorOf = (r: Result<unknown>) => {
  expect(r.ok).toBe(false);
  return (r as { ok: false; error: AppErrorShape }).error;
};
const issuesOf = (r: Result<unknown>) => (errorOf(r).details as { issues: { field: string; message: string }[] }).issues;

describe('router: who may call', () => {
  test.each([
    ['a page of another origin', { url: 'https://evil.example/app://clusterdesk', isTopFrame: true }],
    ['a look-alike host', { url: 'app://clusterdesk.evil.example/index.html', isTopFrame: true }],
    ['another host on the app scheme', { url: 'app://other/index.html', isTopFrame: true }],
    ['a file:// page', { url: 'file:///home/analyst/index.html', isTopFrame: true }],
    ['the app origin with a port', { url: 'app://clusterdesk:8080/index.html', isTopFrame: true }],
    ['a sub-frame of the app', { url: `${APP}/index.html`, isTopFrame: false }],
    ['an unparsable URL', { url: 'not a url', isTopFrame: true }],
    ['an empty URL', { url: '', isTopFrame: true }],
    ['no sender at all', undefined],
    ['null', null],
    ['a sender without a URL', { isTopFrame: true }],
    ['a sender whose frame flag is only truthy', { url: `${APP}/index.html`, isTopFrame: 1 }],
  ])('%s is FORBIDDEN and the store is not called', async (_what, sender) => {
    const { router, backend } = routerWithStub();
    const r = await router.handle(sender as Sender, 'clusters.list', {});
    expect(errorOf(r).code).toBe('FORBIDDEN');
    expect(backend).not.toHaveBeenCalled();
  });

  test('the check comes first: an unknown method from another origin is FORBIDDEN, not UNKNOWN_METHOD', async () => {
    const { router } = routerWithStub();
    expect(errorOf(await router.handle({ url: 'https://evil.example/', isTopFrame: true }, 'fs.readFile', {})).code).toBe('FORBIDDEN');
  });

  test('the app window is let through, whatever page of the app it is on', async () => {
    const { router, backend } = routerWithStub();
    expect(await router.handle(fromApp, 'clusters.list', {})).toEqual(ok({ method: 'clusters.list', input: {} }));
    expect((await router.handle({ url: `${APP}/print.html?briefing=3`, isTopFrame: true }, 'clusters.list', {})).ok).toBe(true);
    expect(backend).toHaveBeenCalledTimes(2);
  });
});

/** Property runs: the issue asks for at least 10,000 cases per property. */
const RUNS = 10_000;

/** The rest of an app URL after the origin: a path, maybe a query and a hash route, or nothing. */
const appRest = fc
  .tuple(fc.oneof(fc.constant('/index.html'), fc.webPath()), fc.option(fc.webQueryParameters(), { nil: undefined }), fc.option(fc.webFragments(), { nil: undefined }))
  .map(([path, query, hash]) => `${path}${query === undefined ? '' : `?${query}`}${hash === undefined ? '' : `#${hash}`}`);
const appUrl = appRest.map((rest) => `${APP}${rest}`);

const hostChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-.'.split(''));
const hostBit = fc.string({ unit: hostChars, maxLength: 8 });
/** Addresses that look like the app's but are not its origin: other hosts, ports, user-info tricks, other schemes. */
const lookalikeUrl = fc.oneof(
  fc.tuple(hostBit, hostBit).filter(([a, b]) => a + b !== '').map(([a, b]) => `app://${a}clusterdesk${b}`),
  fc.integer({ min: 0, max: 65535 }).map((port) => `app://clusterdesk:${port}`),
  hostBit.filter((h) => /[a-z0-9]/.test(h)).map((h) => `app://clusterdesk@${h}`),
  fc.constantFrom('app://x@clusterdesk', 'app://x:y@clusterdesk', 'app://:y@clusterdesk', 'app://clusterdesk@clusterdesk'),
  fc.constantFrom('app://CLUSTERDESK', 'app://ClusterDesk', 'app://clusterdesk%2eevil', 'app://cl%C3%BCsterdesk', 'app://xn--clusterdsk-', 'app://'),
  fc.constantFrom('apps', 'ap', 'app-x', 'xapp', 'app+x', 'http', 'https', 'file', 'ws').map((scheme) => `${scheme}://clusterdesk`),
  fc.constantFrom('https://clusterdesk.invalid', 'http://localhost:5173', 'http://127.0.0.1'),
).chain((origin) => appRest.map((rest) => `${origin}${rest}`));
/** Everything else a frame of Chromium can be on. */
const foreignUrl = fc.oneof(
  fc.webUrl({ validSchemes: ['http', 'https', 'ws', 'wss', 'ftp'], withQueryParameters: true, withFragments: true }),
  fc.webPath().map((path) => `file://${path || '/'}`),
  fc.constantFrom('file:///home/analyst/index.html', 'file:///C:/Users/analyst/dist/renderer/index.html', 'file://clusterdesk/index.html'),
  fc.webPath().map((path) => `devtools://devtools/bundled${path}`),
  fc.constantFrom('devtools://devtools/bundled/inspector.html', 'chrome://gpu', 'chrome-extension://abcdefghijklmnop/page.html', 'chrome-error://chromewebdata/'),
  fc.constantFrom('about:blank', 'about:srcdoc', 'about:blank#app://clusterdesk/', 'data:text/html,<script>1</script>', 'javascript:alert(1)'),
  appUrl.map((url) => `blob:${url}`),
  fc.string({ maxLength: 40 }),
);
const notTrue = fc.oneof(fc.constantFrom(false, 1, 'true', 0, null, undefined, [true], { valueOf: () => true }), fc.anything().filter((v) => v !== true));
/** Senders without the shape the shells give: missing, null, missing fields, fields of the wrong type. */
const malformedSender = fc.oneof(
  fc.constantFrom(undefined, null, {}, [], '', `${APP}/index.html`, true, 42),
  appUrl.map((url) => ({ url })),
  fc.constant({ isTopFrame: true }),
  appUrl.map((url) => ({ url: new URL(url), isTopFrame: true })),
  appUrl.map((url) => ({ url: { toString: () => url }, isTopFrame: true })),
  appUrl.map((url) => ({ href: url, isTopFrame: true })),
  appUrl.map((url) => [url, true]),
  fc.tuple(fc.constantFrom(' ', '\t', '\n', '\u0000'), appUrl).map(([blank, url]) => ({ url: `${blank}${url}`, isTopFrame: true })),
  fc.tuple(fc.constantFrom(' ', '\t', '\n', '\u001f'), appUrl).map(([blank, url]) => ({ url: `${url}${blank}`, isTopFrame: true })),
  fc.tuple(fc.constantFrom('\t', '\n', '\r'), fc.nat(14), appUrl).map(([blank, at, url]) => ({ url: `${url.slice(0, at)}${blank}${url.slice(at)}`, isTopFrame: true })),
  fc.anything().filter((v) => typeof (v as { url?: unknown } | null)?.url !== 'string'),
);

/** A sender paired with whether the router must let it through: only the app's own top frame. */
const senderCase = fc.oneof(
  { arbitrary: appUrl.map((url) => ({ sender: { url, isTopFrame: true } as unknown, accepted: true })), weight: 3 },
  { arbitrary: fc.tuple(appUrl, notTrue).map(([url, isTopFrame]) => ({ sender: { url, isTopFrame }, accepted: false })), weight: 2 },
  { arbitrary: fc.tuple(fc.oneof(lookalikeUrl, foreignUrl), fc.oneof(fc.constant(true), notTrue)).map(([url, isTopFrame]) => ({ sender: { url, isTopFrame }, accepted: false })), weight: 4 },
  { arbitrary: malformedSender.map((sender) => ({ sender, accepted: false })), weight: 1 },
);

/** One routed call for the sender: the Result, and whether the store saw it. */
async function route(sender: unknown) {
  const { router, backend } = routerWithStub();
  const result = await router.handle(sender as Sender, 'clusters.list', {});
  return { result, reached: backend.mock.calls.length > 0 };
}

describe(`router: who may call, ${RUNS} generated senders per property`, () => {
  test("only the app's own top frame reaches the store; every other sender is FORBIDDEN and reaches nothing", async () => {
    await fc.assert(
      fc.asyncProperty(senderCase, async ({ sender, accepted }) => {
        const { result, reached } = await route(sender);
        expect(reached).toBe(accepted);
        if (!accepted) expect(errorOf(result).code).toBe('FORBIDDEN');
      }),
      { numRuns: RUNS },
    );
  });

  /**
   * Electron's view: several WebContents (the app window, the hidden print window, DevTools, a
   * window that was navigated away), each with a main frame and sub-frames. A call names its
   * WebContents and the frame it came from; only the main frame of a WebContents that is on the
   * app's origin may pass. A frame of another WebContents, or a copy that only looks like the
   * main frame, is not that WebContents' top frame.
   */
  test('through the IPC handler: only a main frame on the app origin, of the WebContents that sent the call', async () => {
    const frameUrl = fc.oneof(
      appUrl.map((url) => ({ url, app: true })),
      fc.oneof(lookalikeUrl, foreignUrl).map((url) => ({ url, app: false })),
    );
    const contents = fc.record({ id: fc.integer({ min: 1, max: 1000 }), main: frameUrl, subFrames: fc.array(frameUrl, { minLength: 1, maxLength: 3 }) });
    const call = fc.record({
      pool: fc.uniqueArray(contents, { minLength: 1, maxLength: 4, selector: (c) => c.id }),
      from: fc.nat(),
      frame: fc.constantFrom('main', 'sub', 'other contents', 'copy of main', 'gone'),
      pick: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(call, async ({ pool, from, frame, pick }) => {
        const webContents = pool.map((c) => ({ id: c.id, mainFrame: { url: c.main.url, routingId: 1 }, app: c.main.app, subFrames: c.subFrames.map((f, i) => ({ url: f.url, routingId: i + 2 })) }));
        const sender = webContents[from % webContents.length];
        const others = webContents.filter((c) => c !== sender);
        const senderFrame =
          frame === 'main'
            ? sender.mainFrame
            : frame === 'sub'
              ? sender.subFrames[pick % sender.subFrames.length]
              : frame === 'other contents' && others.length > 0
                ? others[pick % others.length].mainFrame
                : frame === 'copy of main'
                  ? { ...sender.mainFrame }
                  : null;
        const accepted = senderFrame === sender.mainFrame && sender.app;
        const { reached } = await route(senderOf({ sender, senderFrame } as unknown as Parameters<typeof senderOf>[0]));
        expect(reached).toBe(accepted);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('router: which methods', () => {
  test.each([
    ['a name not in the contract', 'clusters.drop'],
    ['a prototype property', 'constructor'],
    ['__proto__', '__proto__'],
    ['toString', 'toString'],
    ['an empty name', ''],
    ['a number', 42],
    ['null', null],
    ['an object', { method: 'clusters.list' }],
    ['an object without a prototype', Object.create(null)],
    ['a symbol', Symbol('clusters.list')],
  ])('%s is UNKNOWN_METHOD', async (_what, method) => {
    const { router, backend } = routerWithStub();
    const error = errorOf(await router.handle(fromApp, method, {}));
    expect(error.code).toBe('UNKNOWN_METHOD');
    expect(backend).not.toHaveBeenCalled();
  });

  test('the message names the unknown method, cut to a readable length', async () => {
    const { router } = routerWithStub();
    expect(errorOf(await router.handle(fromApp, 'clusters.drop', {})).message).toContain('"clusters.drop"');
    expect(errorOf(await router.handle(fromApp, 'x'.repeat(5000), {})).message.length).toBeLessThan(200);
  });
});

describe('router: what input', () => {
  test('malformed input is VALIDATION with issues naming each field, and never reaches the store', async () => {
    const { router, backend } = routerWithStub();
    const r = await router.handle(fromApp, 'projects.create', { name: '', country: 'az', category: 'hydrogen', stage: 'idea', capex: -1 });
    const error = errorOf(r);
    expect(error.code).toBe('VALIDATION');
    expect(issuesOf(r).map((i) => i.field).sort()).toEqual(['capex', 'country', 'name']);
    expect(error.message).toMatch(/^Invalid input for projects\.create: /);
    expect(backend).not.toHaveBeenCalled();
  });

  test('nested fields are named by their path', async () => {
    const { router } = routerWithStub();
    expect(issuesOf(await router.handle(fromApp, 'projects.update', { id: 1, version: 1, values: { capex: 'many' } })).map((i) => i.field)).toEqual([
      'values.capex',
    ]);
    expect(
      issuesOf(await router.handle(fromApp, 'projects.list', { filters: [{ field: 'nope', op: 'eq', value: 1 }] })).map((i) => i.field),
    ).toEqual(['filters.0.field']);
  });

  test('an unexpected key is refused, naming the key', async () => {
    const { router } = routerWithStub();
    const error = errorOf(await router.handle(fromApp, 'clusters.get', { id: 1, sql: 'DROP TABLE clusters' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('sql');
  });

  test('a workspace path must end in .clusterdesk', async () => {
    const { router } = routerWithStub();
    expect(issuesOf(await router.handle(fromApp, 'workspace.open', { file: '/etc/passwd' })).map((i) => i.field)).toEqual(['file']);
  });

  test('the store receives the parsed input (trimmed, defaults applied), not the raw one', async () => {
    const { router, backend } = routerWithStub();
    await router.handle(fromApp, 'partners.create', { name: '  SOCAR  ', kind: 'state_owned' });
    expect(backend).toHaveBeenCalledWith('partners.create', { name: 'SOCAR', kind: 'state_owned' });
  });

  test('at most 20 issues are reported', async () => {
    const { router } = routerWithStub();
    const filters = Array.from({ length: 40 }, () => ({ field: 'nope', op: 'eq', value: 1 }));
    expect(issuesOf(await router.handle(fromApp, 'projects.list', { filters })).length).toBe(20);
  });
});

/** Garbage a compromised or buggy renderer might send: never a valid input for any method. */
const unexpectedKey = fc.string({ maxLength: 12 }).map((s) => `unexpected_${s}`);
const garbage = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string(),
  fc.bigInt(),
  fc.array(fc.anything(), { maxLength: 5 }),
  fc.dictionary(unexpectedKey, fc.anything(), { minKeys: 1, maxKeys: 5 }),
);

describe('router: garbage input, every method', () => {
  test('every method in the contract is covered', () => {
    expect(methodNames.length).toBe(Object.keys(contract).length);
    expect(methodNames.length).toBeGreaterThan(30);
  });

  test.each(methodNames)('%s refuses garbage with VALIDATION and issues, without calling the store', async (method: MethodName) => {
    const { router, backend } = routerWithStub();
    await fc.assert(
      fc.asyncProperty(garbage, async (input) => {
        const r = await router.handle(fromApp, method, input);
        const error = errorOf(r);
        expect(error.code).toBe('VALIDATION');
        expect(issuesOf(r).length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
    expect(backend).not.toHaveBeenCalled();
  });
});

describe('router: nothing throws', () => {
  const isResult = (r: unknown) =>
    typeof r === 'object' &&
    r !== null &&
    ((r as Result<unknown>).ok === true || (typeof (r as { error?: AppErrorShape }).error?.code === 'string' && typeof (r as { error: AppErrorShape }).error.message === 'string'));

  test('any sender, method and input resolves to a Result', async () => {
    const { router } = routerWithStub();
    const sender = fc.oneof(
      fc.constant(fromApp),
      fc.record({ url: fc.oneof(fc.webUrl(), fc.string(), fc.constant(`${APP}/index.html`)), isTopFrame: fc.boolean() }),
      fc.anything(),
    );
    const method = fc.oneof(fc.constantFrom(...methodNames), fc.string(), fc.anything());
    await fc.assert(
      fc.asyncProperty(sender, method, fc.anything(), async (s, m, input) => {
        expect(isResult(await router.handle(s as Sender, m, input))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test('a store that throws or rejects still gives a Result, an INTERNAL error without internals', async () => {
    const throwing = routerWithStub(() => {
      throw new Error('SQLITE_MISUSE: secret path /home/analyst');
    });
    const rejecting = routerWithStub(() => Promise.reject(new TypeError('boom')));
    for (const { router } of [throwing, rejecting]) {
      const error = errorOf(await router.handle(fromApp, 'clusters.list', {}));
      expect(error).toEqual({ code: 'INTERNAL', message: 'An unexpected error occurred; nothing was changed.' });
    }
  });
});
