import { AppError } from '../contract/result';
import type { ChangeLog } from './change-log';
import { toColumn } from './columns';
import type { Db, Statement } from './driver';

import { linkColumns as columnsOf, type LinkTable } from './row-codec';

export type { LinkTable };

const stamped = new Set<LinkTable>(['indicator_observations']);

/** Inserts and deletes rows of the tables that join records, logging each change. */
export class LinkWriter {
  private readonly inserts = new Map<LinkTable, Statement>();
  private readonly selects = new Map<LinkTable, Statement>();
  private readonly deletes = new Map<LinkTable, Statement>();
  private readonly indicatorLinks: Statement;

  constructor(
    private readonly db: Db,
    private readonly log: ChangeLog,
    private readonly now: () => string,
  ) {
    for (const [table, fields] of Object.entries(columnsOf) as [LinkTable, readonly string[]][]) {
      const cols = fields.map(toColumn);
      const extra = stamped.has(table) ? ', created_at, updated_at' : '';
      const marks = cols.map(() => '?').join(', ') + (stamped.has(table) ? ', ?, ?' : '');
      this.inserts.set(table, db.prepare(`INSERT INTO ${table} (${cols.join(', ')}${extra}) VALUES (${marks})`));
      // A stamped row is logged whole, with its version, exactly as its entity repository logs it.
      const meta = stamped.has(table) ? 'version, created_at AS "createdAt", updated_at AS "updatedAt", ' : '';
      this.selects.set(table, db.prepare(`SELECT id, ${meta}${fields.map((f) => `${toColumn(f)} AS "${f}"`).join(', ')} FROM ${table} WHERE id = ?`));
      this.deletes.set(table, db.prepare(`DELETE FROM ${table} WHERE id = ?`));
    }
    this.indicatorLinks = db.prepare("SELECT id FROM source_links WHERE entity_type = 'indicator' AND entity_id = ? ORDER BY id");
  }

  add(table: LinkTable, values: Record<string, unknown>): number {
    const params = columnsOf[table].map((f) => values[f] ?? null);
    if (stamped.has(table)) params.push(this.now(), this.now());
    const id = constrained(table, values, () => Number(this.inserts.get(table)!.run(...params).lastInsertRowid));
    this.log.record(table, id, 'insert', null, this.get(table, id));
    return id;
  }

  get(table: LinkTable, id: number): Record<string, unknown> | undefined {
    return this.selects.get(table)!.get(id) as Record<string, unknown> | undefined;
  }

  /** Changes some columns of a link row (a role's share, a signatory's title). */
  update(table: LinkTable, id: number, values: Record<string, unknown>): void {
    const before = this.get(table, id);
    if (!before) throw new AppError('NOT_FOUND', `No row ${id} in ${table.replace(/_/g, ' ')}; it may have been deleted.`, { table, id });
    const fields = Object.keys(values).filter((f) => columnsOf[table].includes(f) && values[f] !== undefined);
    if (fields.length === 0) return;
    const stamps = stamped.has(table) ? ', version = version + 1, updated_at = ?' : '';
    const sets = fields.map((f) => `${toColumn(f)} = ?`).join(', ') + stamps;
    const params = [...fields.map((f) => values[f]), ...(stamped.has(table) ? [this.now()] : [])];
    constrained(table, values, () => this.db.prepare(`UPDATE ${table} SET ${sets} WHERE id = ?`).run(...params, id));
    this.log.record(table, id, 'update', before, this.get(table, id));
  }

  remove(table: LinkTable, id: number): void {
    const before = this.selects.get(table)!.get(id);
    if (!before) throw new AppError('NOT_FOUND', `No row ${id} in ${table.replace(/_/g, ' ')}; it may have been deleted.`, { table, id });
    if (table === 'indicator_observations') {
      // The sources cited for an observation go with it, as they do for the entities.
      for (const link of this.indicatorLinks.all(id) as { id: number }[]) this.remove('source_links', link.id);
    }
    this.deletes.get(table)!.run(id);
    this.log.record(table, id, 'delete', before, null);
  }
}

/** Turns a constraint failure into a message that says which link could not be made. */
function constrained<T>(table: LinkTable, values: Record<string, unknown>, run: () => T): T {
  try {
    return run();
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (!code.startsWith('SQLITE_CONSTRAINT')) throw err;
    const what = code === 'SQLITE_CONSTRAINT_UNIQUE' ? 'this link exists already' : 'a linked record does not exist or a value is out of range';
    throw new AppError('CONSTRAINT', `Could not save the ${table.replace(/_/g, ' ')} row: ${what}.`, { table, values });
  }
}
