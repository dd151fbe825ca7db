import type { Override, OverrideField } from '../../../../db/scenario';
import { rangeOf, type Selection } from '../../../grid/model/selection';
import { parseTsv, serialiseTsv } from '../../../grid/model/tsv';
import { withOverride, type Draft, type Subject } from './draft';
import { OVERRIDE_COLUMNS, ownText, readCell, type CellConventions, type CellProblem } from './override-columns';

/** A row of the grid: a project or a cluster, and what this scenario sets for it. */
export interface GridRow {
  id: number;
  name: string;
  own: Partial<Override>;
}

/** One cell to set (or, with null, to clear so that it inherits). */
export interface CellWrite {
  row: number;
  col: number;
  value: Override[OverrideField] | null;
}

/** A pasted cell that cannot be applied: a value its column refuses, or a cell past the grid's edge. */
export interface PasteIssue {
  /** The row's project or cluster, or null past the last row. */
  name: string | null;
  field: OverrideField | null;
  /** Its place in the pasted block, counted from 1, for cells past the edge. */
  blockRow: number;
  blockCol: number;
  text: string;
  problem: CellProblem | { key: 'outside' };
}

export interface PastePlan {
  writes: CellWrite[];
  issues: PasteIssue[];
  /** The cells the block covers within the grid, to select once it is applied, as a spreadsheet does. */
  area: Selection;
}

/** The selected range as Excel copies it: what this scenario sets, empty where a value is inherited. */
export function copyText(rows: readonly GridRow[], sel: Selection, c: CellConventions): string {
  const r = rangeOf(sel);
  const lines: string[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const cells: string[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const column = OVERRIDE_COLUMNS[col];
      cells.push(ownText(column, rows[row]?.own[column.field], c));
    }
    lines.push(cells);
  }
  return serialiseTsv(lines);
}

/**
 * A block of tab-separated text pasted at the selection's top-left cell, each cell read with its
 * column's rule; a single value fills the whole selection, as in a spreadsheet. Nothing is applied
 * here: the caller writes the plan's cells only when it has no issues, or when the analyst says so.
 */
export function planPaste(text: string, sel: Selection, rows: readonly GridRow[], c: CellConventions): PastePlan {
  const block = parseTsv(text);
  if (block.length === 0) return { writes: [], issues: [], area: sel };
  const r = rangeOf(sel);
  const fill = block.length === 1 && block[0].length === 1;
  const height = fill ? r.bottom - r.top + 1 : block.length;
  const writes: CellWrite[] = [];
  const issues: PasteIssue[] = [];
  const width = fill ? r.right - r.left + 1 : Math.max(...block.map((line) => line.length));
  const corner = { row: Math.min(r.top + height - 1, rows.length - 1), col: Math.min(r.left + width - 1, OVERRIDE_COLUMNS.length - 1) };
  for (let i = 0; i < height; i++) {
    const line = fill ? block[0] : block[i];
    for (let j = 0; j < (fill ? width : line.length); j++) {
      const cellText = fill ? block[0][0] : line[j];
      const [row, col] = [r.top + i, r.left + j];
      const column = OVERRIDE_COLUMNS[col];
      const target = rows[row];
      const where = { name: target?.name ?? null, field: column?.field ?? null, blockRow: i + 1, blockCol: j + 1, text: cellText };
      if (!column || !target) {
        issues.push({ ...where, problem: { key: 'outside' } });
        continue;
      }
      const read = readCell(column, cellText, c);
      if (read.ok) writes.push({ row, col, value: read.value });
      else issues.push({ ...where, problem: read.problem });
    }
  }
  return { writes, issues, area: { focus: { row: r.top, col: r.left }, anchor: corner } };
}

/** Clearing the selected cells: each value this scenario sets there is removed, and the inherited one shows. */
export function clearWrites(rows: readonly GridRow[], sel: Selection): CellWrite[] {
  const r = rangeOf(sel);
  const writes: CellWrite[] = [];
  for (let row = r.top; row <= Math.min(r.bottom, rows.length - 1); row++) {
    for (let col = r.left; col <= Math.min(r.right, OVERRIDE_COLUMNS.length - 1); col++) {
      if (rows[row].own[OVERRIDE_COLUMNS[col].field] !== undefined) writes.push({ row, col, value: null });
    }
  }
  return writes;
}

/** The draft with every write of one action applied: one change, one undo step. */
export function applyWrites(draft: Draft, subject: Subject, rows: readonly GridRow[], writes: readonly CellWrite[]): Draft {
  return writes.reduce((d, w) => withOverride(d, subject, rows[w.row].id, OVERRIDE_COLUMNS[w.col].field, w.value), draft);
}
