import type { Db } from '../store/driver';
import { archiveTables, jsonColumns, type ArchiveTable } from './archive-schema';

const toCamel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The SQL columns of a table, in table order, with their archive (camelCase) names. */
export function columnsOf(db: Db, table: ArchiveTable): { column: string; key: string }[] {
  return (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => ({ column: c.name, key: toCamel(c.name) }));
}

/** Every row of a table as the archive holds it: camelCase keys, JSON columns parsed. */
export function readArchiveRows(db: Db, table: ArchiveTable): Record<string, unknown>[] {
  const columns = columnsOf(db, table);
  const json = new Set(jsonColumns[table] ?? []);
  const order = table === 'meta' ? 'key' : 'id';
  const select = columns.map((c) => `${c.column} AS "${c.key}"`).join(', ');
  const rows = db.prepare(`SELECT ${select} FROM ${table} ORDER BY ${order}`).all() as Record<string, unknown>[];
  if (json.size) for (const row of rows) for (const key of json) row[key] = JSON.parse(row[key] as string);
  return rows;
}

/** Rows in the workspace's data tables; the change log is history, not data, and is left out. */
export function dataRowCount(db: Db): number {
  return archiveTables
    .filter((t) => t !== 'meta')
    .reduce((n, t) => n + (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n, 0);
}
