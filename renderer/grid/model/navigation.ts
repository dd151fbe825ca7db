import type { CellPos, Selection } from './selection';

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export interface Bounds {
  rows: number;
  cols: number;
  /** Rows in one screenful, for PageUp and PageDown. */
  pageRows: number;
}

const clamp = (v: number, min: number, max: number) => Math.max(min, Math.min(max, v));

/**
 * Where a navigation key moves the active cell, or null when the key is not one. Arrow keys follow
 * the screen: in a right-to-left layout the first column is on the right, so ArrowLeft moves to the
 * next column. Tab follows the reading order whatever the direction. Shift extends the selection
 * from its anchor; Ctrl (Cmd on macOS) with an arrow jumps to the edge, as in a spreadsheet.
 */
export function navigate(sel: Selection, e: KeyLike, b: Bounds, rtl: boolean, mac = false): Selection | null {
  if (b.rows === 0 || b.cols === 0) return null;
  const jump = mac ? e.metaKey : e.ctrlKey;
  const { row, col } = sel.focus;
  const lastRow = b.rows - 1;
  const lastCol = b.cols - 1;
  let to: CellPos;
  let extend = e.shiftKey;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (e.key) {
    case 'ArrowDown':
      to = { row: jump ? lastRow : row + 1, col };
      break;
    case 'ArrowUp':
      to = { row: jump ? 0 : row - 1, col };
      break;
    case forward:
      to = { row, col: jump ? lastCol : col + 1 };
      break;
    case backward:
      to = { row, col: jump ? 0 : col - 1 };
      break;
    case 'Tab':
      // Tab never extends: Shift+Tab goes back, wrapping to the row before, as in a spreadsheet.
      extend = false;
      to = e.shiftKey ? wrapBack(row, col, lastCol) : wrapForward(row, col, lastCol, lastRow);
      break;
    case 'Home':
      to = jump ? { row: 0, col: 0 } : { row, col: 0 };
      break;
    case 'End':
      to = jump ? { row: lastRow, col: lastCol } : { row, col: lastCol };
      break;
    case 'PageDown':
      to = { row: row + b.pageRows, col };
      break;
    case 'PageUp':
      to = { row: row - b.pageRows, col };
      break;
    default:
      return null;
  }
  if (e.altKey) return null;
  const focus = { row: clamp(to.row, 0, lastRow), col: clamp(to.col, 0, lastCol) };
  return { focus, anchor: extend ? sel.anchor : focus };
}

const wrapForward = (row: number, col: number, lastCol: number, lastRow: number): CellPos =>
  col < lastCol ? { row, col: col + 1 } : row < lastRow ? { row: row + 1, col: 0 } : { row, col };

const wrapBack = (row: number, col: number, lastCol: number): CellPos =>
  col > 0 ? { row, col: col - 1 } : row > 0 ? { row: row - 1, col: lastCol } : { row, col };
