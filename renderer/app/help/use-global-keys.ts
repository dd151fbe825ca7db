import { useEffect } from 'react';
import { listHref, settingsHref } from '../routing/routes';
import type { DialogStore } from './dialog-store';
import { keyCommand } from './global-keys';

/** The list's own search field, when the page has one. */
const searchField = () => document.querySelector<HTMLInputElement>('main input[type="search"]');

/** The window-wide keys of shortcuts.ts. While a dialog is open its own keys apply, not these. */
export function useGlobalKeys(dialogs: DialogStore): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || dialogs.getState().open !== null) return;
      const command = keyCommand(e);
      if (!command) return;
      if (command.kind === 'search') {
        const field = searchField();
        // Without a search field on the page, Ctrl+F keeps its usual meaning (find in page).
        if (!field) return;
        field.focus();
        field.select();
      } else if (command.kind === 'shortcuts') dialogs.getState().show('shortcuts');
      else window.location.hash = command.kind === 'settings' ? settingsHref : listHref(command.section);
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [dialogs]);
}
