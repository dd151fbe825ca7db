import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { contract, methodNames, ok, type AppErrorShape, type MethodName, type Result } from '../../db/contract';
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
      { numRuns: 500 },
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
