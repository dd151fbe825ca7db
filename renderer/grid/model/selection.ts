/** A cell by its position in the grid's current order: row index and visible column index. */
export interface CellPos {
  row: number;
  col: number;
}

/** The active cell (focus) and the other corner of the selected range (anchor), as in a spreadsheet. */
export interface Selection {
  focus: CellPos;
  anchor: CellPos;
}

export interface Range {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export const single = (cell: CellPos): Selection => ({ focus: cell, anchor: cell });

export function rangeOf({ focus, anchor }: Selection): Range {
  return {
    top: Math.min(focus.row, anchor.row),
    bottom: Math.max(focus.row, anchor.row),
    left: Math.min(focus.col, anchor.col),
    right: Math.max(focus.col, anchor.col),
  };
}

export const rowsOf = (r: Range) => r.bottom - r.top + 1;
