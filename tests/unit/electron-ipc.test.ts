import { describe, expect, test, vi } from 'vitest';
import { inProcessRouter } from '../../electron/router/in-process';
import { forwardStoreEvents, handleInvoke, uiCommandSender } from '../../electron/main/ipc';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../electron/preload/channels';

type Frame = { url: string };

function registered() {
  const ipcMain = { handle: vi.fn() };
  const { router } = inProcessRouter();
  handleInvoke(ipcMain, router);
  const mainFrame: Frame = { url: 'app://clusterdesk/index.html' };
  const call = (senderFrame: Frame | null, method: unknown, input?: unknown) =>
    ipcMain.handle.mock.calls[0][1]({ senderFrame, sender: { mainFrame } }, method, input);
  return { ipcMain, mainFrame, call };
}

// Checklist item 17: validate the sender of every IPC message.
describe('the IPC handler', () => {
  test('is exactly one, on the invoke channel', () => {
    const { ipcMain } = registered();
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle.mock.calls[0][0]).toBe(INVOKE_CHANNEL);
  });

  test("passes a call from the app's top frame through the router to the store", async () => {
    const { mainFrame, call } = registered();
    // No workspace is open in the in-process store: the answer comes from the store itself.
    expect(await call(mainFrame, 'workspace.info', {})).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
  });

  test('refuses a call from a sub-frame, even one on the app origin', async () => {
    const { call } = registered();
    expect(await call({ url: 'app://clusterdesk/index.html' }, 'workspace.info', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  test('refuses a top frame on another origin', async () => {
    const { mainFrame, call } = registered();
    for (const url of ['https://example.org/', 'file:///tmp/index.html', 'app://elsewhere/index.html']) {
      mainFrame.url = url;
      expect(await call(mainFrame, 'workspace.info', {}), url).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  test('refuses a call whose frame is already gone', async () => {
    const { call } = registered();
    expect(await call(null, 'workspace.info', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  test('answers an unknown method or bad input with a Result, never a throw', async () => {
    const { mainFrame, call } = registered();
    expect(await call(mainFrame, 'fs.readFile', '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await call(mainFrame, 'workspace.open', { file: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('store events', () => {
  test('reach the window on the event channel until it is destroyed', () => {
    let emit: (event: string, payload: unknown) => void = () => {};
    const worker = { onEvent: vi.fn((listener: typeof emit) => ((emit = listener), () => true)) };
    const contents = { send: vi.fn(), isDestroyed: vi.fn(() => false) };
    forwardStoreEvents(worker, contents);
    emit('data.changed', { tables: ['workspace'] });
    contents.isDestroyed.mockReturnValue(true);
    emit('data.changed', { tables: ['projects'] });
    expect(contents.send.mock.calls).toEqual([[EVENT_CHANNEL, 'data.changed', { tables: ['workspace'] }]]);
  });
});

describe('menu commands for the page', () => {
  test('reach the window as ui.command events, and nothing is sent once it is gone', () => {
    const contents = { send: vi.fn(), isDestroyed: vi.fn(() => false) };
    let window: typeof contents | null = contents;
    const send = uiCommandSender(() => window);
    send('shortcuts');
    contents.isDestroyed.mockReturnValue(true);
    send('about');
    window = null;
    send('settings');
    expect(contents.send.mock.calls).toEqual([[EVENT_CHANNEL, 'ui.command', { command: 'shortcuts' }]]);
  });
});
