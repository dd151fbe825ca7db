import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/app-protocol/csp';
import { appResponse, handleAppScheme, registerAppScheme } from '../../electron/main/protocol';
import { useTempDir } from '../support/temp';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name, ...sources] = d.trim().split(/\s+/);
    return [name, sources] as const;
  }),
);

// Checklist item 7: a Content-Security-Policy, strict enough that injected markup cannot run.
describe('the Content-Security-Policy', () => {
  test("starts from default-src 'none'", () => expect(directives.get('default-src')).toEqual(["'none'"]));
  test('allows no inline code and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval/);
  });
  test('names no remote origin or wildcard', () => {
    for (const [name, sources] of directives) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|data:|blob:)$/);
      }
    }
  });
  test('forbids plugins, framing and base and form redirection', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });
});

describe('the app:// protocol', () => {
  const tempDir = useTempDir();
  const renderer = () => {
    const dir = join(tempDir(), 'renderer');
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ClusterDesk</title>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'export {};');
    return dir;
  };
  const get = (dir: string, url: string, method = 'GET') => appResponse(dir, new Request(url, { method }));

  test('is registered as a standard secure scheme with no CORS, CSP bypass or service workers', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  test('sends the CSP header with the HTML page', async () => {
    const response = await get(renderer(), 'app://clusterdesk/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>ClusterDesk</title>');
  });

  test('sends it on every response: scripts, missing files, escapes, other hosts and other methods', async () => {
    const dir = renderer();
    writeFileSync(join(dir, '..', 'secret.js'), 'secret');
    const responses = await Promise.all([
      get(dir, 'app://clusterdesk/assets/app.js'),
      get(dir, 'app://clusterdesk/missing.js'),
      get(dir, 'app://clusterdesk/..%2F..%2Fsecret.js'),
      get(dir, 'app://elsewhere/index.html'),
      get(dir, 'app://clusterdesk/index.html', 'POST'),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 404, 404, 404, 404]);
    for (const response of responses) expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  test('the handler Electron calls is the one that adds the header', async () => {
    const dir = renderer();
    const protocol = { handle: vi.fn() };
    handleAppScheme(protocol, dir);
    expect(protocol.handle).toHaveBeenCalledTimes(1);
    const [scheme, handler] = protocol.handle.mock.calls[0];
    expect(scheme).toBe('app');
    const response: Response = await handler(new Request('app://clusterdesk/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
