import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { focusableIn } from './focusable';

/**
 * The keyboard contract of a modal dialog: focus moves into it when it opens, Tab and Shift+Tab
 * cycle inside it, Escape closes it, and focus goes back to where it was (usually the button or
 * menu item that opened it) when it closes.
 */
export function useModalFocus(dialog: RefObject<HTMLElement | null>, onClose: () => void) {
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const node = dialog.current;
    if (node) (focusableIn(node)[0] ?? node).focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [dialog]);

  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close.current();
      return;
    }
    const node = dialog.current;
    if (e.key !== 'Tab' || !node) return;
    const items = focusableIn(node);
    if (items.length === 0) {
      e.preventDefault();
      return;
    }
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && (document.activeElement === first || document.activeElement === node)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
}
