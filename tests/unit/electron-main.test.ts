import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { windowOptions } from '../../electron/main/window-options';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../electron/preload/channels';
import { electronStub, StubBrowserWindow } from '../support/electron-stub';

const store = vi.hoisted(() => {
  const listeners: ((event: string, payload: unknown) => void)[] = [];
  const worker = {
    ready: Promise.resolve({ ok: true as const, value: null }),
    call: vi.fn(async (method: string, _input: unknown) => ({ ok: true as const, value: { file: '/w/current.clusterdesk', method } })),
    onEvent: vi.fn((listener: (event: string, payload: unknown) => void) => {
      listeners.push(listener);
      return () => true;
    }),
    close: vi.fn(async () => {}),
  };
  return { worker, emit: (event: string, payload: unknown) => listeners.forEach((l) => l(event, payload)), start: vi.fn(() => worker) };
});

vi.mock('electron', async () => (await import('../support/electron-stub')).electronStub);
vi.mock('../../electron/worker/worker-client', () => ({ startStoreWorker: store.start }));

const { app, ipcMain, protocol, session, Menu } = electronStub;
const mainDir = join(import.meta.dirname, '..', '..', 'electron', 'main');
const settle = () => new Promise((resolve) => setImmediate(resolve));

// Vitest clears mock calls before each test, so the calls made while starting are copied here.
const watched = {
  registerSchemesAsPrivileged: protocol.registerSchemesAsPrivileged,
  enableSandbox: app.enableSandbox,
  requestSingleInstanceLock: app.requestSingleInstanceLock,
  protocolHandle: protocol.handle,
  ipcHandle: ipcMain.handle,
  startStoreWorker: store.start,
  setPermissionRequestHandler: session.defaultSession.setPermissionRequestHandler,
  setPermissionCheckHandler: session.defaultSession.setPermissionCheckHandler,
  setDevicePermissionHandler: session.defaultSession.setDevicePermissionHandler,
  onBeforeRequest: session.defaultSession.webRequest.onBeforeRequest,
  buildMenu: Menu.buildFromTemplate,
  setMenu: Menu.setApplicationMenu,
};
type Calls = Record<keyof typeof watched | 'loadURL' | 'setWindowOpenHandler', unknown[][]>;
const record = (win?: StubBrowserWindow): Calls =>
  Object.fromEntries([
    ...Object.entries(watched).map(([name, fn]) => [name, [...fn.mock.calls]]),
    ['loadURL', win ? [...win.loadURL.mock.calls] : []],
    ['setWindowOpenHandler', win ? [...win.webContents.setWindowOpenHandler.mock.calls] : []],
  ]) as Calls;

let beforeReady: Calls;
let started: Calls;
let window: StubBrowserWindow;

beforeAll(async () => {
  await import('../../electron/main/main');
  beforeReady = record();
  expect(StubBrowserWindow.instances).toHaveLength(0);
  app.emit('ready');
  await settle();
  window = StubBrowserWindow.instances[0];
  started = record(window);
});

describe('the main process, started against a stub of electron', () => {
  test('before ready: registers the app scheme, enables the sandbox, takes the single-instance lock', () => {
    expect(beforeReady.registerSchemesAsPrivileged).toEqual([[[expect.objectContaining({ scheme: 'app' })]]]);
    expect(beforeReady.enableSandbox).toHaveLength(1);
    expect(beforeReady.requestSingleInstanceLock).toHaveLength(1);
    expect(beforeReady.protocolHandle).toHaveLength(0);
    expect(beforeReady.startStoreWorker).toHaveLength(0);
  });

  test('on ready: serves app:// and creates one window with the secure options', () => {
    expect(started.protocolHandle).toHaveLength(1);
    expect(started.protocolHandle[0][0]).toBe('app');
    expect(StubBrowserWindow.instances).toHaveLength(1);
    expect(window.options).toEqual(windowOptions(join(mainDir, '..', 'preload', 'preload.cjs'), { isDev: false }));
  });

  test('loads the app from app://clusterdesk and shows the window only once it is ready', () => {
    expect(started.loadURL).toEqual([['app://clusterdesk/index.html']]);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  test('guards the session and the window contents', () => {
    for (const name of ['setPermissionRequestHandler', 'setPermissionCheckHandler', 'setDevicePermissionHandler', 'onBeforeRequest'] as const) {
      expect(started[name], name).toHaveLength(1);
    }
    expect(started.setWindowOpenHandler).toHaveLength(1);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) expect(window.webContents.listenerCount(name), name).toBe(1);
  });

  test('starts the store worker from the bundled worker file on the default workspace, leaving its creation to the start screen', () => {
    expect(started.startStoreWorker).toEqual([
      [join(mainDir, '..', 'worker', 'store-worker.mjs'), { file: join(electronStub.app.getPath('userData'), 'workspace.clusterdesk'), createIfMissing: false, sample: false }],
    ]);
  });

  test('registers one IPC handler, and it goes through the router', async () => {
    expect(started.ipcHandle).toHaveLength(1);
    const [channel, handler] = started.ipcHandle[0] as [string, (event: unknown, method: unknown, input: unknown) => Promise<unknown>];
    expect(channel).toBe(INVOKE_CHANNEL);
    const mainFrame = { url: 'app://clusterdesk/index.html' };
    expect(await handler({ senderFrame: { url: mainFrame.url }, sender: { mainFrame } }, 'workspace.info', {})).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await handler({ senderFrame: mainFrame, sender: { mainFrame } }, 'workspace.open', { file: 'x.txt' })).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(store.worker.call).not.toHaveBeenCalled();
    expect(await handler({ senderFrame: mainFrame, sender: { mainFrame } }, 'workspace.info', {})).toMatchObject({ ok: true });
    expect(store.worker.call).toHaveBeenCalledExactlyOnceWith('workspace.info', {});
  });

  test("forwards the store's events to the window", () => {
    store.emit('data.changed', { tables: ['workspace'] });
    expect(window.webContents.send).toHaveBeenLastCalledWith(EVENT_CHANNEL, 'data.changed', { tables: ['workspace'] });
  });

  test('sets a menu without View in a packaged build', () => {
    expect(started.setMenu).toHaveLength(1);
    const template = started.buildMenu[0][0] as { label?: string }[];
    expect(template.map((m) => m.label).filter(Boolean)).toEqual(['File', 'Edit', 'Help']);
  });

  test("the Help menu's items reach the window as ui.command events", () => {
    const template = started.buildMenu[0][0] as { label?: string; submenu?: { label?: string; click?: () => void }[] }[];
    const help = template.find((m) => m.label === 'Help')!.submenu!;
    help.find((i) => i.label === 'About ClusterDesk')!.click!();
    expect(window.webContents.send).toHaveBeenLastCalledWith(EVENT_CHANNEL, 'ui.command', { command: 'about' });
  });

  test('a second instance focuses this window and opens its file here', async () => {
    app.emit('second-instance', {}, ['ClusterDesk', 'humber.clusterdesk'], '/data');
    await settle();
    expect(window.focus).toHaveBeenCalled();
    expect(store.worker.call).toHaveBeenCalledExactlyOnceWith('workspace.open', { file: join('/data', 'humber.clusterdesk') });
  });

  test('a file opened from the OS (macOS open-file) opens in this window', async () => {
    const event = { preventDefault: vi.fn() };
    app.emit('open-file', event, '/data/teesside.clusterdesk');
    await settle();
    expect(event.preventDefault).toHaveBeenCalled();
    expect(store.worker.call).toHaveBeenCalledExactlyOnceWith('workspace.open', { file: '/data/teesside.clusterdesk' });
  });

  test('quitting waits for the store worker to close, then quits', async () => {
    const first = { preventDefault: vi.fn() };
    app.emit('will-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    await settle();
    expect(store.worker.close).toHaveBeenCalledTimes(1);
    expect(app.quit).toHaveBeenCalledTimes(1);
    const second = { preventDefault: vi.fn() };
    app.emit('will-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });
});

describe('the shell source', () => {
  const sources = ['main', 'preload'].flatMap((dir) =>
    readdirSync(join(mainDir, '..', dir)).map((file) => [file, readFileSync(join(mainDir, '..', dir, file), 'utf8')] as const),
  );

  test('never loads from file:// and has no auto-updater', () => {
    for (const [file, text] of sources) {
      expect(text, file).not.toMatch(/file:\/\/|loadFile\(|autoUpdater|electron-updater/);
    }
  });
});
