import type { ChangedTable } from '../contract/events';
import { AppError } from '../contract/result';
import type { ChangeLog } from './change-log';
import type { Db, Statement } from './driver';
import { codecs, type RowCodec } from './row-codec';

type Row = Record<string, unknown>;

interface LoggedChange {
  table_name: ChangedTable;
  row_id: number;
  action: 'insert' | 'update' | 'delete';
  before: string | null;
  after: string | null;
}

export interface HistoryStep {
  id: number;
  method: string;
  at: string;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface RecordHistoryEntry {
  changeSetId: number;
  at: string;
  method: string;
  kind: 'edit' | 'undo' | 'redo' | 'system';
  action: 'insert' | 'update' | 'delete';
  changes: FieldChange[];
}

const IGNORED_IN_DIFF = new Set(['version', 'createdAt', 'updatedAt']);

/**
 * Undo and redo over the change log: an edit's logged rows are applied backwards (undo) or
 * forwards (redo) as a new change set of their own. Each row must still be as the edit left it;
 * otherwise the step is refused, never forced over someone else's later change.
 */
export class History {
  private readonly q: Record<'undoable' | 'redoable' | 'rows' | 'setState' | 'recordRows', Statement>;
  private readonly selects = new Map<ChangedTable, Statement>();

  constructor(
    private readonly db: Db,
    private readonly log: ChangeLog,
    private readonly now: () => string,
  ) {
    this.q = {
      undoable: db.prepare("SELECT id, method, at FROM change_sets WHERE kind = 'edit' AND state = 'done' ORDER BY id DESC LIMIT 1"),
      redoable: db.prepare("SELECT id, method, at FROM change_sets WHERE kind = 'edit' AND state = 'undone' ORDER BY id ASC LIMIT 1"),
      rows: db.prepare('SELECT table_name, row_id, action, before, after FROM change_log WHERE change_set_id = ? ORDER BY id'),
      setState: db.prepare('UPDATE change_sets SET state = ? WHERE id = ?'),
      recordRows: db.prepare(`SELECT l.change_set_id AS changeSetId, s.at, s.method, s.kind, l.action, l.before, l.after
        FROM change_log l JOIN change_sets s ON s.id = l.change_set_id
        WHERE l.table_name = ? AND l.row_id = ? ORDER BY l.id DESC LIMIT ?`),
    };
  }

  nextUndo = (): HistoryStep | null => (this.q.undoable.get() as HistoryStep | undefined) ?? null;
  nextRedo = (): HistoryStep | null => (this.q.redoable.get() as HistoryStep | undefined) ?? null;

  /** Reverts one edit; call inside a write begun with kind 'undo'. */
  undo(step: HistoryStep): void {
    const rows = (this.q.rows.all(step.id) as LoggedChange[]).reverse();
    for (const r of rows) {
      const before = parse(r.before);
      const after = parse(r.after);
      if (r.action === 'insert') this.remove(r, after!);
      else if (r.action === 'delete') this.restore(r, before!);
      else this.rewrite(r, after!, before!);
    }
    this.q.setState.run('undone', step.id);
  }

  /** Applies an undone edit again; call inside a write begun with kind 'redo'. */
  redo(step: HistoryStep): void {
    for (const r of this.q.rows.all(step.id) as LoggedChange[]) {
      const before = parse(r.before);
      const after = parse(r.after);
      if (r.action === 'insert') this.restore(r, after!);
      else if (r.action === 'delete') this.remove(r, before!);
      else this.rewrite(r, before!, after!);
    }
    this.q.setState.run('done', step.id);
  }

  /** What changed in one record, newest first: each logged change with the fields it altered. */
  recordHistory(table: ChangedTable, id: number, limit = 200): RecordHistoryEntry[] {
    const rows = this.q.recordRows.all(table, id, limit) as (Omit<RecordHistoryEntry, 'changes'> & { before: string | null; after: string | null })[];
    return rows.map(({ before, after, ...entry }) => ({ ...entry, changes: diff(parse(before), parse(after)) }));
  }

  private codec(table: ChangedTable): RowCodec {
    const codec = codecs[table];
    if (!codec) throw new AppError('INTERNAL', `Changes to ${table} cannot be undone.`);
    return codec;
  }

  private current(codec: RowCodec, id: number): Row | undefined {
    let stmt = this.selects.get(codec.table);
    if (!stmt) {
      const cols = codec.fields.map((f, i) => `${codec.columns[i]} AS "${f}"`).join(', ');
      stmt = this.db.prepare(`SELECT id, ${cols} FROM ${codec.table} WHERE id = ?`);
      this.selects.set(codec.table, stmt);
    }
    const row = stmt.get(id) as Row | undefined;
    if (row) for (const f of codec.json) row[f] = JSON.parse(row[f] as string);
    return row;
  }

  /** The row must be exactly as the change left it, or a later edit would be silently lost. */
  private expect(codec: RowCodec, r: LoggedChange, current: Row | undefined, expected: Row): Row {
    // Compared by content, not version: an undo bumps the version, and a redo must still apply.
    const same =
      current !== undefined &&
      codec.fields.every((f) => IGNORED_IN_DIFF.has(f) || JSON.stringify(current[f] ?? null) === JSON.stringify(expected[f] ?? null));
    if (!same) {
      throw new AppError(
        'CONFLICT',
        `This step cannot be undone or redone: a ${r.table_name.replace(/_/g, ' ')} row (id ${r.row_id}) was changed or removed since. Nothing was changed.`,
        { table: r.table_name, id: r.row_id },
      );
    }
    return current;
  }

  private remove(r: LoggedChange, expected: Row): void {
    const codec = this.codec(r.table_name);
    const current = this.expect(codec, r, this.current(codec, r.row_id), expected);
    this.db.prepare(`DELETE FROM ${codec.table} WHERE id = ?`).run(r.row_id);
    this.log.record(codec.table, r.row_id, 'delete', current, null);
  }

  private restore(r: LoggedChange, row: Row): void {
    const codec = this.codec(r.table_name);
    if (this.current(codec, r.row_id)) {
      throw new AppError('CONFLICT', `This step cannot be undone or redone: the ${r.table_name.replace(/_/g, ' ')} row ${r.row_id} exists again. Nothing was changed.`);
    }
    const values = { ...row };
    if (codec.versioned) {
      // Rows logged before observations were versioned carry no version or stamps; they start afresh.
      Object.assign(values, { version: Number(row.version ?? 0) + 1, createdAt: row.createdAt ?? this.now(), updatedAt: this.now() });
    }
    const marks = codec.fields.map(() => '?').join(', ');
    this.db.prepare(`INSERT INTO ${codec.table} (id, ${codec.columns.join(', ')}) VALUES (?, ${marks})`).run(r.row_id, ...this.params(codec, values));
    this.log.record(codec.table, r.row_id, 'insert', null, this.current(codec, r.row_id));
  }

  private rewrite(r: LoggedChange, expected: Row, target: Row): void {
    const codec = this.codec(r.table_name);
    const current = this.expect(codec, r, this.current(codec, r.row_id), expected);
    const values = { ...target };
    if (codec.versioned) Object.assign(values, { version: Number(current.version) + 1, updatedAt: this.now(), createdAt: current.createdAt });
    const sets = codec.columns.map((c) => `${c} = ?`).join(', ');
    this.db.prepare(`UPDATE ${codec.table} SET ${sets} WHERE id = ?`).run(...this.params(codec, values), r.row_id);
    this.log.record(codec.table, r.row_id, 'update', current, this.current(codec, r.row_id));
  }

  private params(codec: RowCodec, values: Row): unknown[] {
    return codec.fields.map((f) => (codec.json.has(f) ? JSON.stringify(values[f] ?? []) : (values[f] ?? null)));
  }
}

const parse = (json: string | null): Row | null => (json == null ? null : (JSON.parse(json) as Row));

function diff(before: Row | null, after: Row | null): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...fields]
    .filter((f) => f !== 'id' && !IGNORED_IN_DIFF.has(f))
    .map((f) => ({ field: f, before: before?.[f] ?? null, after: after?.[f] ?? null }))
    .filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
}
