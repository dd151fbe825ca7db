import { AppError } from '../contract/result';
import type { Db, Statement } from './driver';

/**
 * Scenarios and saved comparisons are picked by name (in a parent list, in a briefing), so a name
 * is used once per table. Checked before writing, for a message that names the field rather than
 * SQLite's unique-constraint error.
 */
export class UniqueName {
  private readonly taken: Statement;

  constructor(
    db: Db,
    table: 'scenarios' | 'comparisons',
    private readonly what: string,
  ) {
    this.taken = db.prepare(`SELECT 1 FROM ${table} WHERE name = ? AND id <> ?`);
  }

  check(name: unknown, id = 0): void {
    if (typeof name === 'string' && this.taken.get(name.trim(), id)) {
      throw new AppError('VALIDATION', `name: another ${this.what} is called "${name.trim()}"; choose another name.`, {
        issues: [{ field: 'name', message: `is the name of another ${this.what}`, code: 'nameTaken' }],
      });
    }
  }
}
