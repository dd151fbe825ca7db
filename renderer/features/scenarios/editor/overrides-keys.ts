import type { KeyboardEvent } from 'react';
import { navigate } from '../../../grid/model/navigation';
import { single, type Selection } from '../../../grid/model/selection';
import { isMac } from '../../../grid/ui/grid-keys';

export interface GridKeyActions {
  selection: Selection;
  rows: number;
  cols: number;
  pageRows: number;
  rtl: boolean;
  select(next: Selection): void;
  /** Opens the editor on the active cell; with a key typed, the edit starts from it. */
  edit(typed?: string): void;
  /** Whether typing a character starts an edit in this column (numbers: yes; counted or left out: no). */
  typeable(col: number): boolean;
  clear(): void;
  undo(): void;
  redo(): void;
}

/** Tab past the last cell, or Shift+Tab before the first, leaves the grid instead of trapping the focus. */
function leavesGrid(e: KeyboardEvent, { selection: { focus }, rows, cols }: GridKeyActions): boolean {
  if (e.key !== 'Tab') return false;
  return e.shiftKey ? focus.row === 0 && focus.col === 0 : focus.row === rows - 1 && focus.col === cols - 1;
}

/**
 * The overrides grid's keys while a cell has the focus (not while it is edited), as in a spreadsheet:
 * the shared grid's movement (mirrored in Arabic), Enter or F2 or typing to edit, Delete to clear,
 * and undo and redo of the grid's own actions. Undo and redo are kept here, not passed on to the
 * window's history: the editor saves after a pause and a paste touches several rows, so the
 * workspace's change log does not hold one step per action.
 */
export function overridesKeyHandler(a: GridKeyActions) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (!(e.target instanceof HTMLElement) || e.target.getAttribute('role') !== 'gridcell') return;
    const mac = isMac();
    const mod = mac ? e.metaKey : e.ctrlKey;
    const done = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    const key = e.key.toLowerCase();
    if (mod && !e.altKey && (key === 'z' || key === 'y')) {
      done();
      if (key === 'z' && !e.shiftKey) a.undo();
      else a.redo();
      return;
    }
    if (leavesGrid(e, a)) return;
    const next = navigate(a.selection, e, { rows: a.rows, cols: a.cols, pageRows: a.pageRows }, a.rtl, mac);
    if (next) {
      done();
      a.select(next);
      return;
    }
    if (mod && key === 'a') {
      done();
      a.select({ anchor: { row: 0, col: 0 }, focus: { row: a.rows - 1, col: a.cols - 1 } });
      return;
    }
    if (e.key === 'Enter' || e.key === 'F2') {
      done();
      a.edit();
      return;
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      done();
      a.clear();
      return;
    }
    if (e.key === 'Escape') {
      done();
      a.select(single(a.selection.focus));
      return;
    }
    if (e.key.length === 1 && e.key !== ' ' && !mod && !e.altKey && a.typeable(a.selection.focus.col)) {
      // Typing starts an edit with what was typed, replacing the cell's value, as in Excel.
      done();
      a.edit(e.key);
    }
  };
}
