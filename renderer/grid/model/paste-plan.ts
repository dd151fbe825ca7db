import type { CellValue, GridColumn, Row } from '../columns/types';
import { checkValue, newRuleIssues, ruleMessage, type Rules } from './cell-check';
import { message, type Message } from './messages';
import type { CellPos } from './selection';

type Values = Record<string, unknown>;

export interface CellIssue {
  /** Position in the grid (0-based); shown to the analyst as row position + 1. */
  row: number;
  col: number;
  field: string;
  text: string;
  message: Message;
}

export interface PlannedUpdate {
  position: number;
  id: number;
  version: number;
  values: Values;
  /** Fields whose pasted cell was invalid; left out when the analyst applies only the valid cells. */
  invalid: Set<string>;
  before: Row;
}

export interface PlannedCreate {
  position: number;
  values: Values;
  valid: boolean;
}

export interface PastePlan {
  updates: PlannedUpdate[];
  creates: PlannedCreate[];
  issues: CellIssue[];
  /** Cells that were read from the block and will be written (valid or not). */
  cells: number;
}

/** A pasted cell is text to read; a filled or bulk-edited one carries its value already. */
export type BlockCell = string | { value: CellValue };

export interface PasteInput {
  block: readonly (readonly BlockCell[])[];
  anchor: CellPos;
  /** The visible columns, in their on-screen order. */
  columns: readonly GridColumn[];
  /** Rows at positions below this are stored rows; from it on, new rows (the draft lines and beyond). */
  existing: number;
  rowAt(position: number): Row | undefined;
  /** What the analyst already typed into a new row at this position, if anything. */
  draftAt(position: number): Values | undefined;
  rules?: Rules;
}

/** Values not yet stored, seen as a row: no id or version yet. */
export const asRow = (values: Values): Row => ({ ...values, id: 0, version: 0 });

const textOf = (cell: BlockCell | undefined) => (cell === undefined ? '' : typeof cell === 'string' ? cell : String(cell.value ?? ''));

const isBlank = (v: unknown) => v == null || (Array.isArray(v) && v.length === 0);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Turns a pasted block into the writes it means: cells over stored rows update them, rows below the
 * last stored row create new ones (the table grows). Every cell is read by its column and checked by
 * the field's schema, and every row by the rules across fields, before anything is sent; the store
 * checks again in one transaction.
 */
export async function planPaste(input: PasteInput): Promise<PastePlan> {
  const { block, anchor, columns } = input;
  const issues: CellIssue[] = [];
  const updates: PlannedUpdate[] = [];
  const creates: PlannedCreate[] = [];
  let cells = 0;
  const width = Math.max(0, ...block.map((r) => r.length));
  for (let c = columns.length - anchor.col; c < width; c++) {
    issues.push({ row: anchor.row, col: anchor.col + c, field: '', text: textOf(block.find((r) => r[c] !== undefined)?.[c]), message: message('beyondLastColumn') });
  }
  for (let r = 0; r < block.length; r++) {
    const position = anchor.row + r;
    const stored = position < input.existing ? input.rowAt(position) : undefined;
    if (position < input.existing && !stored) throw new Error(`row ${position} is not loaded`);
    const values: Values = {};
    const invalid = new Set<string>();
    const rowIssues: CellIssue[] = [];
    // A new row is read with what it has so far, so a cell may depend on an earlier one (a subject on its type).
    const context = () => stored ?? asRow({ ...input.draftAt(position), ...values });
    for (let c = 0; c < block[r].length && anchor.col + c < columns.length; c++) {
      const col = anchor.col + c;
      const column = columns[col];
      const cell = block[r][c];
      const text = typeof cell === 'string' ? cell : column.kind.toText(cell.value, context());
      const parsed = typeof cell === 'string' ? await column.kind.parse(cell, context()) : { ok: true as const, value: cell.value };
      const problem = parsed.ok ? checkValue(column.schema, parsed.value) : parsed.error;
      if (problem) {
        invalid.add(column.field);
        rowIssues.push({ row: position, col, field: column.field, text, message: problem });
        continue;
      }
      const value = (parsed as { value: CellValue }).value;
      if (stored && same(stored[column.field], value)) continue;
      values[column.field] = value;
      cells++;
    }
    cells += invalid.size;
    if (stored) {
      if (Object.keys(values).length === 0 && invalid.size === 0) {
        issues.push(...rowIssues);
        continue;
      }
      for (const i of newRuleIssues(input.rules, stored, { ...stored, ...values })) {
        if (!invalid.has(i.field)) rowIssues.push(issueAt(i.field, position, columns, values, i));
      }
      updates.push({ position, id: stored.id, version: stored.version, values, invalid, before: stored });
    } else {
      const draft = input.draftAt(position);
      if (!draft && invalid.size === 0 && Object.values(values).every(isBlank)) continue;
      const full = { ...draft, ...values };
      for (const column of columns) {
        if (column.required && full[column.field] == null && !invalid.has(column.field)) {
          rowIssues.push({ row: position, col: columns.indexOf(column), field: column.field, text: '', message: message('required') });
        }
      }
      if (rowIssues.length === 0) {
        for (const i of newRuleIssues(input.rules, null, withNulls(full, columns))) rowIssues.push(issueAt(i.field, position, columns, full, i));
      }
      creates.push({ position, values: full, valid: rowIssues.length === 0 });
    }
    issues.push(...rowIssues);
  }
  return { updates, creates, issues, cells };
}

/** Every field present, as the store will hold the row: rules read absent fields as null. */
const withNulls = (values: Values, columns: readonly GridColumn[]) => ({
  ...Object.fromEntries(columns.map((c) => [c.field, null])),
  ...values,
});

function issueAt(field: string, row: number, columns: readonly GridColumn[], values: Values, issue: Parameters<typeof ruleMessage>[0]): CellIssue {
  const col = columns.findIndex((c) => c.field === field);
  return { row, col, field, text: values[field] == null ? '' : String(values[field]), message: ruleMessage(issue) };
}

export interface Writes {
  creates: Values[];
  updates: { id: number; version: number; values: Values }[];
}

/** Everything the plan writes when it has no issues. */
export const allWrites = (plan: PastePlan): Writes => ({
  creates: plan.creates.map((c) => c.values),
  updates: plan.updates.filter((u) => Object.keys(u.values).length > 0).map(({ id, version, values }) => ({ id, version, values })),
});

/**
 * Only what is valid, when the analyst chooses to apply it: new rows without any issue, and in
 * stored rows the valid cells, as long as the row stays valid across its fields without the others.
 */
export function validWrites(plan: PastePlan, rules?: Rules): Writes {
  const badRows = new Set(plan.issues.filter((i) => i.message.code.startsWith('rule.')).map((i) => i.row));
  const updates = plan.updates
    .filter((u) => !badRows.has(u.position))
    .map(({ id, version, values, before }) => ({ id, version, values, before }))
    .filter((u) => Object.keys(u.values).length > 0 && newRuleIssues(rules, u.before, { ...u.before, ...u.values }).length === 0)
    .map(({ id, version, values }) => ({ id, version, values }));
  return { creates: plan.creates.filter((c) => c.valid).map((c) => c.values), updates };
}
