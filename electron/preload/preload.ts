import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { AppError, failure, type Result } from '../../db/contract/result';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './channels';

/**
 * The whole surface the page gets: invoke(method, input) and on(event, callback), as described by
 * renderer/api/bridge.ts. No ipcRenderer, no Electron event objects and no Node reach the page;
 * the router in the main process checks every call again, since this file is only a convenience.
 */
contextBridge.exposeInMainWorld('clusterdesk', {
  invoke(method: unknown, input: unknown): Promise<Result<unknown>> {
    // Answer with the same envelope the router uses, so a bad call never throws in the page.
    if (typeof method !== 'string') return Promise.resolve(failure(new AppError('UNKNOWN_METHOD', 'The method name must be a string.')));
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, input);
  },
  on(event: unknown, callback: unknown): () => void {
    if (typeof event !== 'string' || typeof callback !== 'function') {
      throw new TypeError('on(event, callback) needs an event name and a function.');
    }
    // The wrapper drops the IpcRendererEvent: it carries `sender`, a way back into ipcRenderer.
    const listener = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) callback(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener);
    };
  },
});
