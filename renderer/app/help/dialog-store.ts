import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Client } from '../../api/client';
import { settingsHref } from '../routing/routes';

/** The app-wide dialogs; at most one is open. */
export type AppDialog = 'shortcuts' | 'about';

export interface DialogState {
  open: AppDialog | null;
  show(dialog: AppDialog): void;
  close(): void;
}

export type DialogStore = StoreApi<DialogState> & { dispose(): void };

/**
 * Which app dialog is open. The Electron menu asks for them (and for Settings) with 'ui.command'
 * events, so the menu and the page's own Help button open the very same dialogs.
 */
export function createDialogStore(client: Client): DialogStore {
  const store = createStore<DialogState>()((set) => ({
    open: null,
    show: (dialog) => set({ open: dialog }),
    close: () => set({ open: null }),
  }));
  const stop = client.on('ui.command', ({ command }) => {
    if (command === 'settings') {
      store.getState().close();
      window.location.hash = settingsHref;
    } else store.getState().show(command);
  });
  return Object.assign(store, { dispose: stop });
}
