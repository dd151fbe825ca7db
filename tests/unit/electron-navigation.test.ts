import { describe, expect, test, vi } from 'vitest';
import { guardWebContents } from '../../electron/main/security';

type Handler = (event: { url: string; preventDefault: () => void }) => void;

function guarded() {
  const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
  const openExternal = vi.fn();
  guardWebContents(contents, openExternal);
  const handlers = new Map<string, Handler>(contents.on.mock.calls.map(([name, handler]) => [name, handler]));
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    const handler = handlers.get(name);
    if (!handler) throw new Error(`no ${name} handler`);
    handler(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  const openWindow = (url: string): unknown => contents.setWindowOpenHandler.mock.calls[0][0]({ url });
  return { fire, openWindow, openExternal };
}

// Checklist items 13 and 14: limit navigation, limit new windows; 12: no webviews.
describe('navigation guards', () => {
  test('stop navigation to any other origin', () => {
    const { fire } = guarded();
    for (const url of ['https://example.org/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://elsewhere/index.html', 'devtools://devtools/bundled/inspector.html', 'javascript:alert(1)']) {
      expect(fire('will-navigate', url), url).toBe(true);
    }
  });

  test('let the page move within its own origin', () => {
    const { fire } = guarded();
    expect(fire('will-navigate', 'app://clusterdesk/index.html#/projects')).toBe(false);
    expect(fire('will-navigate', 'app://clusterdesk/print.html')).toBe(false);
  });

  test('stop redirects away from the app and allow those within it', () => {
    const { fire } = guarded();
    expect(fire('will-redirect', 'https://example.org/')).toBe(true);
    expect(fire('will-redirect', 'app://clusterdesk/index.html')).toBe(false);
  });

  test('never attach a webview', () => {
    const { fire } = guarded();
    expect(fire('will-attach-webview', 'https://example.org/')).toBe(true);
  });

  test('deny every window.open, handing the URL to the external-link check', () => {
    const { openWindow, openExternal } = guarded();
    for (const url of ['https://example.org/', 'app://clusterdesk/index.html', 'about:blank']) {
      expect(openWindow(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls.map((c) => c[0])).toEqual(['https://example.org/', 'app://clusterdesk/index.html', 'about:blank']);
  });

  test('hand a stopped navigation to the external-link check, not an allowed one', () => {
    const { fire, openExternal } = guarded();
    fire('will-navigate', 'app://clusterdesk/index.html');
    fire('will-navigate', 'https://example.org/report');
    expect(openExternal.mock.calls).toEqual([['https://example.org/report']]);
  });
});
