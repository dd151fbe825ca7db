import type { ChangedTable } from '../contract/events';
import type { Db, Statement } from './driver';

export type ChangeAction = 'insert' | 'update' | 'delete';

/**
 * Collects the changes of one write. The change set row is created on the first change, in the
 * same transaction as the change itself, so the log can never disagree with the data.
 */
export class ChangeLog {
  private readonly insertSet: Statement;
  private readonly insertRow: Statement;
  private setId: number | null = null;
  private method = '';
  private at = '';
  readonly touched = new Set<ChangedTable>();

  constructor(db: Db) {
    this.insertSet = db.prepare('INSERT INTO change_sets (at, method) VALUES (?, ?)');
    this.insertRow = db.prepare(
      'INSERT INTO change_log (change_set_id, table_name, row_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?)',
    );
  }

  begin(method: string, at: string): void {
    this.setId = null;
    this.method = method;
    this.at = at;
    this.touched.clear();
  }

  record(table: ChangedTable, rowId: number, action: ChangeAction, before: unknown, after: unknown): void {
    if (this.setId === null) {
      this.setId = Number(this.insertSet.run(this.at, this.method).lastInsertRowid);
    }
    this.insertRow.run(
      this.setId,
      table,
      rowId,
      action,
      before == null ? null : JSON.stringify(before),
      after == null ? null : JSON.stringify(after),
    );
    this.touched.add(table);
  }
}
