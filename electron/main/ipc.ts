import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { UiCommand } from '../../db/contract/events';
import type { Router, Sender } from '../router/router';
import type { StoreWorker } from '../worker/worker-client';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../preload/channels';

/** Who called, as the router checks it: the frame's URL and whether it is the window's top frame. */
export function senderOf(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): Sender {
  const frame = event.senderFrame;
  // The frame is gone (navigated or destroyed) by the time the call arrives: nobody to trust.
  if (!frame) return { url: '', isTopFrame: false };
  return { url: frame.url, isTopFrame: frame === event.sender.mainFrame };
}

/** The one IPC channel the page can reach; everything it carries goes through the router. */
export function handleInvoke(ipcMain: Pick<IpcMain, 'handle'>, router: Router): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => router.handle(senderOf(event), method, input));
}

/** Passes the store worker's events (data.changed) on to the window; returns the unsubscribe. */
export function forwardStoreEvents(worker: Pick<StoreWorker, 'onEvent'>, contents: Pick<WebContents, 'send' | 'isDestroyed'>): () => void {
  return worker.onEvent((event, payload) => {
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event, payload);
  });
}

/** Asks the window to open one of its screens (the menu's Settings and Help items), on the same event channel. */
export function uiCommandSender(contents: () => Pick<WebContents, 'send' | 'isDestroyed'> | null): (command: UiCommand) => void {
  return (command) => {
    const target = contents();
    if (target && !target.isDestroyed()) target.send(EVENT_CHANNEL, 'ui.command', { command });
  };
}
