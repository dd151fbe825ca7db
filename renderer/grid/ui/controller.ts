import type { CellValue, GridColumn, Row } from '../columns/types';
import type { TableStore } from '../data/table-store';
import { writeProblem, type CellProblem } from '../data/write-errors';
import { checkValue, newRuleIssues, ruleMessage, type Rules } from '../model/cell-check';
import { message, type Message } from '../model/messages';
import { navigate, type KeyLike } from '../model/navigation';
import { allWrites, asRow, planPaste, validWrites, type PasteInput, type PastePlan, type Writes } from '../model/paste-plan';
import { rangeOf, rowsOf, single, type CellPos, type Selection } from '../model/selection';
import { parseTsv, serialiseTsv } from '../model/tsv';
import { cellKey, rowKeyOf, type Draft, type GridUi, type Notice, type PasteReport } from './grid-ui';

export interface GridConfig {
  /** The columns on screen, in order. */
  columns: readonly GridColumn[];
  /** Every column, hidden ones too: a new row must give the required ones. */
  allColumns: readonly GridColumn[];
  rules?: Rules;
  label: string;
}

export type Slot = { kind: 'stored'; row: Row } | { kind: 'loading' } | { kind: 'draft'; draft: Draft; index: number } | { kind: 'new' };

export type Move = 'down' | 'up' | 'next' | 'previous' | 'none';

const META = new Set(['id', 'version', 'createdAt', 'updatedAt']);
const MOVE_KEY: Record<Exclude<Move, 'none'>, Partial<KeyLike>> = {
  down: { key: 'ArrowDown' },
  up: { key: 'ArrowUp' },
  next: { key: 'Tab' },
  previous: { key: 'Tab', shiftKey: true },
};

type Block = PasteInput['block'];

/**
 * Everything the grid does with the analyst's data: edits, drafts of new rows, pastes, fills, bulk
 * edits, clears, deletes and duplicates. Each action is checked cell by cell before it is sent and
 * then written in one call (one transaction, one undo step); a refusal is mapped back to its cells.
 */
export class GridController {
  private nextDraftKey = 1;

  constructor(
    readonly table: TableStore,
    readonly ui: GridUi,
    private readonly config: () => GridConfig,
  ) {}

  get total(): number {
    return this.table.getState().total ?? 0;
  }

  rowCount(): number {
    return this.total + this.ui.getState().drafts.length + 1;
  }

  slot(position: number): Slot {
    const total = this.total;
    if (position < total) {
      const row = this.table.rowAt(position);
      return row ? { kind: 'stored', row } : { kind: 'loading' };
    }
    const index = position - total;
    const draft = this.ui.getState().drafts[index];
    return draft ? { kind: 'draft', draft, index } : { kind: 'new' };
  }

  /** The row a cell is read in: the stored row, or a new row's values so far. */
  rowContext(position: number): Row | undefined {
    const s = this.slot(position);
    return s.kind === 'stored' ? s.row : s.kind === 'draft' ? asRow(s.draft.values) : undefined;
  }

  private rowKey(position: number): string | null {
    const s = this.slot(position);
    return s.kind === 'stored' ? rowKeyOf(s.row.id, null) : s.kind === 'draft' ? rowKeyOf(null, s.draft.key) : null;
  }

  valueAt(position: number, column: GridColumn): CellValue | undefined {
    const s = this.slot(position);
    if (s.kind === 'stored') return s.row[column.field] as CellValue;
    if (s.kind === 'draft') return (s.draft.values[column.field] as CellValue) ?? null;
    return s.kind === 'new' ? null : undefined;
  }

  private notify(notice: Notice | null): void {
    this.ui.setState({ notice });
  }

  /** Moves the selection; leaving a new row saves it if it is complete. */
  select(selection: Selection): void {
    const before = this.ui.getState().selection.focus.row;
    this.ui.setState({ selection });
    if (selection.focus.row !== before) {
      const index = before - this.total;
      if (index >= 0 && index < this.ui.getState().drafts.length) void this.saveDraft(index);
    }
  }

  move(move: Move): void {
    if (move === 'none') return;
    const key = { key: '', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...MOVE_KEY[move] };
    const next = navigate(single(this.ui.getState().selection.focus), key, { rows: this.rowCount(), cols: this.config().columns.length, pageRows: 1 }, false);
    if (next) this.select(next);
  }

  /** Opens the editor on the active cell, with its current text or with what the analyst started typing. */
  beginEdit(initial?: string): void {
    const { focus } = this.ui.getState().selection;
    const column = this.config().columns[focus.col];
    const s = this.slot(focus.row);
    if (!column || s.kind === 'loading') return;
    const text = initial ?? column.kind.toText(this.valueAt(focus.row, column) ?? null, this.rowContext(focus.row));
    const row = s.kind === 'stored' ? s.row : undefined;
    this.ui.setState({
      editing: { row: focus.row, col: focus.col, text, rowId: row?.id ?? null, version: row?.version ?? null, message: null, pending: false },
      notice: null,
    });
  }

  cancelEdit(): void {
    this.ui.setState({ editing: null });
  }

  /** What is wrong with the text typed so far, checked as the store will: its type, its schema, the rules across fields. */
  async check(position: number, col: number, text: string): Promise<{ value: CellValue; problem: Message | null }> {
    const { columns, rules } = this.config();
    const column = columns[col];
    const s = this.slot(position);
    const row = s.kind === 'stored' ? s.row : undefined;
    const parsed = await column.kind.parse(text, this.rowContext(position));
    if (!parsed.ok) return { value: null, problem: parsed.error };
    const problem = checkValue(column.schema, parsed.value);
    if (problem || !row) return { value: parsed.value, problem };
    const issue = newRuleIssues(rules, row, { ...row, [column.field]: parsed.value })[0];
    return { value: parsed.value, problem: issue ? ruleMessage(issue) : null };
  }

  /** Commits the editor: one update (or a draft's value); with `all`, the value goes to every selected row of the column. */
  async commit(text: string, move: Move, all = false): Promise<void> {
    const editing = this.ui.getState().editing;
    if (!editing || editing.pending) return;
    const range = rangeOf(this.ui.getState().selection);
    if (all && rowsOf(range) > 1) {
      const column = this.config().columns[editing.col];
      const parsed = await column.kind.parse(text, undefined);
      if (!parsed.ok) return this.setEditing({ message: parsed.error, text });
      this.ui.setState({ editing: null });
      const block = Array.from({ length: rowsOf(range) }, () => [{ value: parsed.value }]);
      return this.runBlock(block, { row: range.top, col: editing.col }, 'bulk');
    }
    this.setEditing({ text, pending: true, message: null });
    const { value, problem } = await this.check(editing.row, editing.col, text);
    if (problem) return this.setEditing({ pending: false, message: problem });
    const column = this.config().columns[editing.col];
    const s = this.slot(editing.row);
    if (s.kind === 'stored') {
      if (JSON.stringify(s.row[column.field] ?? null) === JSON.stringify(value)) {
        this.ui.setState({ editing: null });
        return this.move(move);
      }
      try {
        const saved = await this.table.api.update(editing.rowId!, editing.version!, { [column.field]: value });
        this.table.patch([saved]);
        this.clearCellMessage(rowKeyOf(saved.id, null), column.field);
        this.ui.setState({ editing: null });
        this.move(move);
      } catch (err) {
        const problem = writeProblem(err, { updates: [editing.row] });
        if (problem.conflict) {
          this.ui.setState({ editing: null });
          this.setCellMessage(rowKeyOf(editing.rowId, null), column.field, message('conflict'));
          this.notify({ tone: 'error', message: message('conflictReloaded'), lines: [message('server', { text: problem.error.message })] });
          await this.table.refresh();
          return;
        }
        const own = problem.cells.find((c) => c.field === column.field) ?? problem.cells[0];
        this.setEditing({ pending: false, message: own.message });
      }
      return;
    }
    this.setDraftValue(editing.row, column.field, value);
    this.ui.setState({ editing: null });
    this.move(move);
  }

  private setEditing(patch: Partial<NonNullable<ReturnType<GridUi['getState']>['editing']>>): void {
    const editing = this.ui.getState().editing;
    if (editing) this.ui.setState({ editing: { ...editing, ...patch } });
  }

  private setDraftValue(position: number, field: string, value: CellValue): void {
    const index = position - this.total;
    const drafts = [...this.ui.getState().drafts];
    if (index === drafts.length) drafts.push({ key: this.nextDraftKey++, values: {} });
    const draft = drafts[index];
    drafts[index] = { ...draft, values: { ...draft.values, [field]: value } };
    this.ui.setState({ drafts });
    this.clearCellMessage(rowKeyOf(null, draft.key), field);
  }

  private setCellMessage(rowKey: string, field: string, m: Message): void {
    const map = new Map(this.ui.getState().cellMessages);
    map.set(cellKey(rowKey, field), m);
    this.ui.setState({ cellMessages: map });
  }

  private clearCellMessage(rowKey: string, field: string): void {
    const key = cellKey(rowKey, field);
    if (!this.ui.getState().cellMessages.has(key)) return;
    const map = new Map(this.ui.getState().cellMessages);
    map.delete(key);
    this.ui.setState({ cellMessages: map });
  }

  /** Saves a new row once it has every required field and passes the rules; otherwise the row says what is missing. */
  async saveDraft(index: number): Promise<void> {
    const draft = this.ui.getState().drafts[index];
    if (!draft) return;
    const { allColumns, rules } = this.config();
    if (Object.values(draft.values).every((v) => v == null || (Array.isArray(v) && v.length === 0))) {
      this.removeDrafts([draft.key]);
      return;
    }
    const key = rowKeyOf(null, draft.key);
    const missing = allColumns.filter((c) => c.required && draft.values[c.field] == null);
    const full = { ...Object.fromEntries(allColumns.map((c) => [c.field, null])), ...draft.values };
    const issues = missing.length ? [] : newRuleIssues(rules, null, full);
    if (missing.length || issues.length) {
      const map = new Map(this.ui.getState().cellMessages);
      missing.forEach((c) => map.set(cellKey(key, c.field), message('required')));
      issues.forEach((i) => map.set(cellKey(key, i.field), ruleMessage(i)));
      this.ui.setState({ cellMessages: map });
      const lines = [...missing.map((c) => message('fieldRequired', { field: c.header })), ...issues.map(ruleMessage)];
      this.notify({ tone: 'error', message: message('draftNotSaved'), lines });
      return;
    }
    try {
      const { created } = await this.table.api.apply({ creates: [draft.values] });
      this.removeDrafts([draft.key]);
      this.notify({ tone: 'info', message: message('rowAdded', { name: String(created[0]?.[this.config().label] ?? '') }) });
    } catch (err) {
      this.reportProblem(writeProblem(err, { creates: [this.total + index] }));
    }
  }

  private removeDrafts(keys: readonly number[]): void {
    const drop = new Set(keys);
    this.ui.setState({ drafts: this.ui.getState().drafts.filter((d) => !drop.has(d.key)) });
  }

  addRow(): void {
    const position = this.total + this.ui.getState().drafts.length;
    this.select(single({ row: position, col: 0 }));
  }

  /** The selected cells as Excel's clipboard text, or null when part of them is still loading. */
  copyText(): string | null {
    const { columns } = this.config();
    const r = rangeOf(this.ui.getState().selection);
    const rows: string[][] = [];
    for (let p = r.top; p <= r.bottom; p++) {
      const s = this.slot(p);
      if (s.kind === 'loading') {
        this.table.want(r.top, r.bottom);
        this.notify({ tone: 'error', message: message('copyNotLoaded') });
        return null;
      }
      rows.push(columns.slice(r.left, r.right + 1).map((c) => c.kind.toText(this.valueAt(p, c) ?? null, this.rowContext(p))));
    }
    this.notify({ tone: 'info', message: message('copied', { count: rows.length * (r.right - r.left + 1) }) });
    return serialiseTsv(rows);
  }

  /** A block from the clipboard, written from the selection's first cell; one cell fills the whole selection. */
  async paste(text: string): Promise<void> {
    let block: Block = parseTsv(text);
    if (block.length === 0) return;
    const r = rangeOf(this.ui.getState().selection);
    if (block.length === 1 && block[0].length === 1 && (rowsOf(r) > 1 || r.right > r.left)) {
      block = Array.from({ length: rowsOf(r) }, () => Array.from({ length: r.right - r.left + 1 }, () => block[0][0]));
    }
    await this.runBlock(block, { row: r.top, col: r.left }, 'paste');
  }

  /** Delete: empties the selected cells (a required field refuses, and nothing is written). */
  clear(): Promise<void> {
    const r = rangeOf(this.ui.getState().selection);
    const block = Array.from({ length: Math.min(rowsOf(r), this.rowCount() - 1 - r.top) }, () => Array.from({ length: r.right - r.left + 1 }, () => ''));
    return this.runBlock(block, { row: r.top, col: r.left }, 'clear');
  }

  /** Ctrl+D: the first selected row's values go into the other selected rows, column by column. */
  async fillDown(): Promise<void> {
    const { columns } = this.config();
    const r = rangeOf(this.ui.getState().selection);
    if (rowsOf(r) < 2) return;
    const [top] = r.top < this.total ? await this.table.rowsAt(r.top, 1) : [undefined];
    const source = columns.slice(r.left, r.right + 1).map((c) => ({ value: (top ? top[c.field] : this.valueAt(r.top, c)) as CellValue ?? null }));
    const block = Array.from({ length: Math.min(rowsOf(r) - 1, this.rowCount() - 2 - r.top) }, () => source);
    await this.runBlock(block, { row: r.top + 1, col: r.left }, 'fill');
  }

  private async runBlock(block: Block, anchor: CellPos, action: PasteReport['action']): Promise<void> {
    if (block.length === 0) return;
    const { columns, rules } = this.config();
    this.ui.setState({ busy: true, notice: null });
    try {
      const total = this.total;
      const storedCount = Math.max(0, Math.min(total, anchor.row + block.length) - anchor.row);
      const rows = storedCount > 0 ? await this.table.rowsAt(anchor.row, storedCount) : [];
      if (rows.length < storedCount) {
        this.notify({ tone: 'error', message: message('tableChanged') });
        return;
      }
      const drafts = this.ui.getState().drafts;
      const plan = await planPaste({
        block,
        anchor,
        columns,
        existing: total,
        rowAt: (p) => rows[p - anchor.row],
        draftAt: (p) => drafts[p - total]?.values,
        rules,
      });
      if (plan.issues.length) {
        const validCells = plan.cells - plan.issues.length;
        this.ui.setState({ report: { plan, action, validCells: Math.max(0, validCells) } });
        return;
      }
      await this.write(plan, allWrites(plan), action);
    } finally {
      this.ui.setState({ busy: false });
    }
  }

  /** The analyst's answer to a report of invalid cells: apply the valid ones, or nothing. */
  async resolveReport(applyValid: boolean): Promise<void> {
    const report = this.ui.getState().report;
    this.ui.setState({ report: null });
    if (!report || !applyValid) {
      if (report) this.notify({ tone: 'info', message: message('nothingApplied') });
      return;
    }
    // New rows beyond the drafts that had a problem stay as drafts with their valid cells, for the analyst to complete.
    const firstNew = this.total + this.ui.getState().drafts.length;
    const leftovers = report.plan.creates.filter((c) => !c.valid && c.position >= firstNew);
    await this.write(report.plan, validWrites(report.plan, this.config().rules), report.action);
    if (leftovers.length) {
      const drafts = [...this.ui.getState().drafts, ...leftovers.map((c) => ({ key: this.nextDraftKey++, values: c.values }))];
      this.ui.setState({ drafts });
    }
  }

  private async write(plan: PastePlan, writes: Writes, action: PasteReport['action']): Promise<void> {
    const createPositions = plan.creates.filter((c) => writes.creates.includes(c.values)).map((c) => c.position);
    const updatePositions = plan.updates.filter((u) => writes.updates.some((w) => w.id === u.id)).map((u) => u.position);
    if (writes.creates.length === 0 && writes.updates.length === 0) {
      this.notify({ tone: 'info', message: message('nothingChanged') });
      return;
    }
    const total = this.total;
    const draftKeys = plan.creates
      .filter((c) => writes.creates.includes(c.values))
      .map((c) => this.ui.getState().drafts[c.position - total]?.key)
      .filter((k): k is number => k !== undefined);
    try {
      const result = await this.table.api.apply(writes);
      this.table.patch(result.updated);
      this.removeDrafts(draftKeys);
      const cells = plan.cells - plan.issues.length;
      this.notify({ tone: 'info', message: message(`done.${action}`, { count: Math.max(cells, writes.creates.length + writes.updates.length) }) });
    } catch (err) {
      this.reportProblem(writeProblem(err, { creates: createPositions, updates: updatePositions }));
    }
  }

  private reportProblem(problem: ReturnType<typeof writeProblem>): void {
    const map = new Map(this.ui.getState().cellMessages);
    for (const c of problem.cells) {
      const key = c.position === null ? null : this.rowKey(c.position);
      if (key && c.field) map.set(cellKey(key, c.field), c.message);
    }
    this.ui.setState({ cellMessages: map });
    this.notify({
      tone: 'error',
      message: message(problem.conflict ? 'conflictReloaded' : 'nothingSaved'),
      lines: problem.cells.map((c) => this.cellLine(c)),
    });
    if (problem.conflict) void this.table.refresh();
  }

  /** "Row 12, Capital expenditure: must not be negative". */
  cellLine(c: CellProblem | { position: number | null; field: string | null; message: Message }): Message {
    const column = this.config().allColumns.find((col) => col.field === c.field);
    return message('cellLine', { row: c.position === null ? '' : c.position + 1, column: column?.header ?? c.field ?? '', code: c.message.code, ...c.message.params });
  }

  requestDelete(): void {
    const r = rangeOf(this.ui.getState().selection);
    const stored = Math.max(0, Math.min(r.bottom, this.total - 1) - r.top + 1);
    const draftKeys = this.draftKeysIn(r.top, r.bottom);
    if (stored === 0) {
      this.removeDrafts(draftKeys);
      return;
    }
    this.ui.setState({ confirmDelete: { rows: stored } });
  }

  private draftKeysIn(top: number, bottom: number): number[] {
    const total = this.total;
    return this.ui
      .getState()
      .drafts.filter((_, i) => total + i >= top && total + i <= bottom)
      .map((d) => d.key);
  }

  /** Deletes the selected stored rows in one step, after the analyst confirmed once. */
  async confirmDelete(yes: boolean): Promise<void> {
    const pending = this.ui.getState().confirmDelete;
    this.ui.setState({ confirmDelete: null });
    if (!pending || !yes) return;
    const r = rangeOf(this.ui.getState().selection);
    const rows = await this.table.rowsAt(r.top, pending.rows);
    const draftKeys = this.draftKeysIn(r.top, r.bottom);
    try {
      await this.table.api.apply({ deletes: rows.map(({ id, version }) => ({ id, version })) });
      this.removeDrafts(draftKeys);
      this.select(single({ row: Math.min(r.top, Math.max(0, this.rowCount() - 1)), col: r.left }));
      this.notify({ tone: 'info', message: message('deleted', { count: rows.length }) });
    } catch (err) {
      this.reportProblem(writeProblem(err, { deletes: rows.map((_, i) => r.top + i) }));
    }
  }

  /** Copies the selected stored rows as new records, in one step. */
  async duplicate(): Promise<void> {
    const r = rangeOf(this.ui.getState().selection);
    const count = Math.max(0, Math.min(r.bottom, this.total - 1) - r.top + 1);
    if (count === 0) return;
    const rows = await this.table.rowsAt(r.top, count);
    const creates = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !META.has(k))));
    try {
      await this.table.api.apply({ creates });
      this.notify({ tone: 'info', message: message('duplicated', { count: creates.length }) });
    } catch (err) {
      this.reportProblem(writeProblem(err));
    }
  }
}
