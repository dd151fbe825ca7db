import { GUTTER_WIDTH } from './layout';

/** Pixels drawn beyond each side of the visible band, so a small horizontal scroll shows drawn cells. */
const OVERSCAN_PX = 400;

export interface ColumnWindow {
  /** The visible columns' indices, in order, plus the active one wherever it is. */
  cols: readonly number[];
  /** Each column's start from the inline start of the row, after the gutter. */
  starts: readonly number[];
}

/**
 * The columns a row draws: those within the horizontal band on screen. A table of 24 columns then
 * costs what its eight visible ones cost; the cells left out are replaced by spacers of their width.
 */
export function columnWindow(widths: readonly number[], left: number, width: number, always: readonly number[]): ColumnWindow {
  const starts: number[] = [];
  let at = GUTTER_WIDTH;
  for (const w of widths) {
    starts.push(at);
    at += w;
  }
  const from = left - OVERSCAN_PX;
  const to = left + width + OVERSCAN_PX;
  const cols = widths.map((w, i) => i).filter((i) => (starts[i] + widths[i] >= from && starts[i] <= to) || always.includes(i));
  return { cols, starts };
}

/** The gaps to leave before each drawn column, and after the last, for the columns not drawn. */
export function spacers(win: ColumnWindow, widths: readonly number[]): { before: number[]; after: number } {
  const before: number[] = [];
  let end = GUTTER_WIDTH;
  for (const c of win.cols) {
    before.push(win.starts[c] - end);
    end = win.starts[c] + widths[c];
  }
  const total = GUTTER_WIDTH + widths.reduce((a, b) => a + b, 0);
  return { before, after: total - end };
}
