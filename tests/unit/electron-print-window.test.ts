import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/app-protocol/csp';
import { APP_ENTRY_URL } from '../../electron/main/origin';
import { appResponse } from '../../electron/main/protocol';
import { windowOptions } from '../../electron/main/window-options';
import { electronStub, StubBrowserWindow } from '../support/electron-stub';

/**
 * The hidden window briefings print in (electron/pdf/electron-printer.ts) is created by main.ts
 * only when a briefing is exported. This file starts main.ts against the stub, exports a briefing
 * through the IPC handler as the page would, and checks that window like the app's own:
 * checklist items 2-4, 6-8 (options and CSP), 12-14 (webviews, navigation, new windows).
 */
const store = vi.hoisted(() => ({
  worker: {
    ready: Promise.resolve({ ok: true as const, value: null }),
    call: async (method: string) =>
      method === 'briefings.get' ? { ok: true as const, value: { id: 4, language: 'en' } } : { ok: true as const, value: null },
    onEvent: () => () => true,
    close: async () => {},
  },
}));

vi.mock('electron', async () => (await import('../support/electron-stub')).electronStub);
vi.mock('../../electron/worker/worker-client', () => ({ startStoreWorker: () => store.worker }));

const outDir = mkdtempSync(join(tmpdir(), 'clusterdesk-print-window-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
const settle = () => new Promise((resolve) => setImmediate(resolve));
type Handler = (event: unknown, method: unknown, input: unknown) => Promise<{ ok: boolean; error?: { code: string; message: string } }>;
type NavigationListener = (event: { url: string; preventDefault: () => void }) => void;

let appWindow: StubBrowserWindow;
let printWindow: StubBrowserWindow;
let exported: { ok: boolean; error?: { code: string; message: string } };
// Vitest clears mock calls before each test, so what the export did is kept here.
let loadedUrls: string[];
let openHandler: (details: { url: string }) => unknown;

/** Exports a briefing from the app window, as the page would; the print window it opens is kept for the tests. */
beforeAll(async () => {
  await import('../../electron/main/main');
  electronStub.app.emit('ready');
  await settle();
  appWindow = StubBrowserWindow.instances[0];
  const invoke = electronStub.ipcMain.handle.mock.calls[0][1] as Handler;
  const mainFrame = appWindow.webContents.mainFrame;
  const exporting = invoke({ senderFrame: mainFrame, sender: { mainFrame } }, 'briefings.export', { id: 4, file: join(outDir, 'brief.pdf') });
  for (let waited = 0; waited < 5000 && StubBrowserWindow.instances.length < 2; waited += 10) await new Promise((r) => setTimeout(r, 10));
  printWindow = StubBrowserWindow.instances[1];
  // Let the export end: the page reports a failure, so nothing is printed or written.
  printWindow.webContents.executeJavaScript.mockResolvedValue({ state: 'failed', code: 'INTERNAL', message: 'stopped by the test' });
  exported = await exporting;
  loadedUrls = printWindow.loadURL.mock.calls.map(([url]) => url);
  openHandler = printWindow.webContents.setWindowOpenHandler.mock.calls[0][0] as typeof openHandler;
});

describe('the hidden print window, opened by a briefing export', () => {
  test('has the secure options of the app window, with DevTools off, hidden', () => {
    const options = printWindow.options as ReturnType<typeof windowOptions>;
    const appPrefs = windowOptions('/p.cjs', { isDev: false }).webPreferences;
    expect(options.webPreferences).toEqual({ ...appPrefs, preload: (appWindow.options as ReturnType<typeof windowOptions>).webPreferences?.preload });
    expect(options.webPreferences).not.toHaveProperty('partition');
    expect(options.show).toBe(false);
    expect(exported).toMatchObject({ ok: false, error: { message: 'stopped by the test' } });
  });

  test('is guarded like every WebContents: no navigation away, no new windows, no webviews', () => {
    const contents = printWindow.webContents;
    const fire = (name: string, url: string) => {
      const event = { url, preventDefault: vi.fn() };
      for (const listener of contents.listeners(name) as NavigationListener[]) listener(event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(fire('will-navigate', 'https://example.org/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', `${APP_ENTRY_URL}#/print/4`)).toBe(false);
    expect(fire('will-redirect', 'https://example.org/')).toBe(true);
    expect(fire('will-attach-webview', 'app://clusterdesk/index.html')).toBe(true);
    expect(openHandler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
    expect(electronStub.shell.openExternal).not.toHaveBeenCalled();
  });

  test('loads the app page at its print address, which the app protocol serves with the CSP', async () => {
    expect(loadedUrls).toEqual([`${APP_ENTRY_URL}#/print/`]);
    const [url] = loadedUrls;
    const renderer = join(outDir, 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>ClusterDesk</title>');
    const response = await appResponse(renderer, new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
