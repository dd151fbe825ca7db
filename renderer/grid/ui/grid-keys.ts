import type { KeyboardEvent } from 'react';
import { navigate } from '../model/navigation';
import { single } from '../model/selection';
import type { GridController } from './controller';

export const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

interface Options {
  controller: GridController;
  cols: number;
  pageRows: number;
  rtl: boolean;
  openMenu(col: number): void;
}

/**
 * The grid's keys while it has the focus (not while a cell is edited): moving and selecting, starting
 * an edit, clearing, filling down, adding and deleting rows, and opening a column's menu. Undo and
 * redo are the page's (HistoryKeys); copy and paste come as clipboard events.
 */
export function gridKeyHandler({ controller, cols, pageRows, rtl, openMenu }: Options) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget) return;
    const { ui } = controller;
    const state = ui.getState();
    if (state.editing || state.report || state.confirmDelete) return;
    const mac = isMac();
    const mod = mac ? e.metaKey : e.ctrlKey;
    const rows = controller.rowCount();
    const { focus } = state.selection;
    const done = () => {
      e.preventDefault();
      e.stopPropagation();
    };

    if (e.altKey && e.key === 'ArrowDown') {
      done();
      openMenu(focus.col);
      return;
    }
    const next = navigate(state.selection, e, { rows, cols, pageRows }, rtl, mac);
    if (next) {
      done();
      controller.select(next);
      return;
    }
    if (e.key === 'Enter' || e.key === 'F2') {
      done();
      controller.beginEdit();
      return;
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      done();
      void controller.clear();
      return;
    }
    if (e.key === 'Escape') {
      done();
      controller.select(single(focus));
      ui.setState({ notice: null });
      return;
    }
    if (mod && !e.shiftKey && e.key.toLowerCase() === 'd') {
      done();
      void controller.fillDown();
      return;
    }
    if (mod && !e.shiftKey && e.key.toLowerCase() === 'a') {
      done();
      controller.select({ anchor: { row: 0, col: 0 }, focus: { row: Math.max(0, rows - 2), col: cols - 1 } });
      return;
    }
    if (e.shiftKey && !mod && e.key === ' ') {
      // Shift+Space selects whole rows, Ctrl+Space whole columns, as in a spreadsheet.
      done();
      controller.select({ anchor: { row: state.selection.anchor.row, col: 0 }, focus: { row: focus.row, col: cols - 1 } });
      return;
    }
    if (mod && e.key === ' ') {
      done();
      controller.select({ anchor: { row: 0, col: state.selection.anchor.col }, focus: { row: Math.max(0, rows - 2), col: focus.col } });
      return;
    }
    if (mod && (e.key === '-' || e.key === 'Subtract')) {
      done();
      controller.requestDelete();
      return;
    }
    if (mod && (e.key === '+' || e.key === '=' || e.key === 'Add') && e.shiftKey) {
      done();
      controller.addRow();
      return;
    }
    if (e.key.length === 1 && !mod && !e.altKey && e.key !== ' ') {
      // Typing starts an edit with what was typed, replacing the cell's text, as in Excel.
      done();
      controller.beginEdit(e.key);
    }
  };
}
