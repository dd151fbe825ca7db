import { expect, test, vi } from 'vitest';
import { electronStub, StubBrowserWindow } from '../support/electron-stub';

vi.mock('electron', async () => (await import('../support/electron-stub')).electronStub);

test('a second instance hands over to the first and quits without a window or a store', async () => {
  const { app, ipcMain } = electronStub;
  app.requestSingleInstanceLock.mockReturnValue(false);
  await import('../../electron/main/main');
  app.emit('ready');
  await new Promise((resolve) => setImmediate(resolve));
  expect(app.quit).toHaveBeenCalledTimes(1);
  expect(StubBrowserWindow.instances).toHaveLength(0);
  expect(ipcMain.handle).not.toHaveBeenCalled();
  expect(app.listenerCount('second-instance')).toBe(0);
});
