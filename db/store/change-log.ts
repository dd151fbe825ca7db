import type { ChangedTable } from '../contract/events';
import type { Db, Statement } from './driver';

export type ChangeAction = 'insert' | 'update' | 'delete';
export type ChangeKind = 'edit' | 'undo' | 'redo' | 'system';

/**
 * Collects the changes of one write. The change set row is created on the first change, in the
 * same transaction as the change itself, so the log can never disagree with the data.
 */
export class ChangeLog {
  private readonly insertSet: Statement;
  private readonly insertRow: Statement;
  private readonly discardRedo: Statement;
  private setId: number | null = null;
  private method = '';
  private at = '';
  private kind: ChangeKind = 'edit';
  private reverts: number | null = null;
  readonly touched = new Set<ChangedTable>();

  constructor(db: Db) {
    this.insertSet = db.prepare('INSERT INTO change_sets (at, method, kind, reverts) VALUES (?, ?, ?, ?)');
    this.insertRow = db.prepare(
      'INSERT INTO change_log (change_set_id, table_name, row_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?)',
    );
    // Only edits are ever undone; naming the kind lets SQLite use change_sets_undo instead of
    // scanning every change set on every write.
    this.discardRedo = db.prepare("UPDATE change_sets SET state = 'discarded' WHERE kind = 'edit' AND state = 'undone'");
  }

  begin(method: string, at: string, kind: ChangeKind = 'edit', reverts: number | null = null): void {
    this.setId = null;
    this.method = method;
    this.at = at;
    this.kind = kind;
    this.reverts = reverts;
    this.touched.clear();
  }

  /** Marks the write under way as an undo or redo of an earlier edit; before its first change. */
  retag(kind: ChangeKind, reverts: number): void {
    this.kind = kind;
    this.reverts = reverts;
  }

  record(table: ChangedTable, rowId: number, action: ChangeAction, before: unknown, after: unknown): void {
    if (this.setId === null) {
      // A new edit makes what was undone before it impossible to redo, as in every editor.
      if (this.kind === 'edit') this.discardRedo.run();
      this.setId = Number(this.insertSet.run(this.at, this.method, this.kind, this.reverts).lastInsertRowid);
    }
    this.insertRow.run(
      this.setId,
      table,
      rowId,
      action,
      before == null ? null : logged(before),
      after == null ? null : logged(after),
    );
    this.touched.add(table);
  }
}

/**
 * A row as the log keeps it: its fields without the empty ones, which undo, redo and the record's
 * history read back as empty (null). Most fields of a new record are empty, so this halves the log
 * that a large import writes.
 */
function logged(row: unknown): string {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return JSON.stringify(row);
  const kept: Record<string, unknown> = {};
  // for-in over a plain record: a large import logs every row, and Object.entries would allocate per field.
  for (const field in row) {
    const value = (row as Record<string, unknown>)[field];
    if (value !== null) kept[field] = value;
  }
  return JSON.stringify(kept);
}
