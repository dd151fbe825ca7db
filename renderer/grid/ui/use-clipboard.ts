import { useEffect, type RefObject } from 'react';
import type { GridController } from './controller';

/**
 * Copy, cut and paste through the page's clipboard events: Electron refuses the asynchronous
 * clipboard API to the window, while these events carry the clipboard's text synchronously
 * (event.clipboardData). They count only while the grid itself has the focus, not its editor.
 */
export function useClipboard(gridRef: RefObject<HTMLElement | null>, controller: GridController): void {
  useEffect(() => {
    const ours = () => document.activeElement !== null && document.activeElement === gridRef.current && !controller.ui.getState().editing;
    const onCopy = (e: ClipboardEvent) => {
      if (!ours() || !e.clipboardData) return;
      e.preventDefault();
      const text = controller.copyText();
      if (text !== null) e.clipboardData.setData('text/plain', text);
    };
    const onCut = (e: ClipboardEvent) => {
      if (!ours() || !e.clipboardData) return;
      e.preventDefault();
      const text = controller.copyText();
      if (text === null) return;
      e.clipboardData.setData('text/plain', text);
      void controller.clear();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (!ours() || !e.clipboardData) return;
      e.preventDefault();
      void controller.paste(e.clipboardData.getData('text/plain'));
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [gridRef, controller]);
}
