import type { ListQuery } from '../contract/list-query';
import type { EntityName } from '../schema';
import type { Workspace } from '../store/workspace';
import { importFields, type FieldKind, type ImportField, type ImportTable, type RefTable } from './fields';

/** How a column's values are written: numbers stay numbers, dates become date cells where complete. */
export type ExportType = 'text' | 'number' | 'integer' | 'date' | 'boolean';

export interface ExportColumn {
  key: string;
  header: string;
  type: ExportType;
}

/** Any table to export: a workspace table, a filtered view, a scenario's results, a comparison. */
export interface ExportTable {
  /** The sheet name in a workbook; also a default file name. */
  name: string;
  columns: ExportColumn[];
  rows: Record<string, unknown>[];
}

const FIRST_PAGE = 1000;

const typeOf = (kind: FieldKind): ExportType => {
  switch (kind.type) {
    case 'id':
    case 'integer':
      return 'integer';
    case 'number':
    case 'percent':
      return 'number';
    case 'date':
      return 'date';
    default:
      return 'text';
  }
};

const LABEL_COLUMN: Record<RefTable, string> = { clusters: 'name', projects: 'name', partners: 'name', initiatives: 'name', sources: 'title' };

/** id -> name of every record of a table, to write references by name (as the importer reads them). */
function namesOf(ws: Workspace, table: RefTable): Map<number, string> {
  const rows = ws.db.prepare(`SELECT id, ${LABEL_COLUMN[table]} AS label FROM ${table}`).all() as { id: number; label: string }[];
  return new Map(rows.map((r) => [r.id, r.label]));
}

function pickColumns(table: ImportTable, keys?: readonly string[]): ImportField[] {
  const all = importFields[table];
  return keys ? keys.map((k) => all.find((f) => f.key === k)).filter((f): f is ImportField => f !== undefined) : [...all];
}

/** Turns stored records into export rows keyed by import field: references become names, lists become text. */
function exportRows(ws: Workspace, fields: ImportField[], records: Record<string, unknown>[]): Record<string, unknown>[] {
  const names = new Map<RefTable, Map<number, string>>();
  const nameIn = (table: RefTable, id: unknown) => {
    if (typeof id !== 'number') return null;
    if (!names.has(table)) names.set(table, namesOf(ws, table));
    return names.get(table)!.get(id) ?? null;
  };
  const subjectTable: Record<string, RefTable> = { initiative: 'initiatives', cluster: 'clusters', project: 'projects' };
  return records.map((r) =>
    Object.fromEntries(
      fields.map((f) => {
        const v = f.key === 'id' ? r.id : r[f.stored];
        if (f.kind.type === 'ref') return [f.key, nameIn(f.kind.table, v)];
        if (f.kind.type === 'subject') return [f.key, subjectTable[String(r.subjectType)] ? nameIn(subjectTable[String(r.subjectType)], v) : null];
        if (Array.isArray(v)) return [f.key, v.join(', ')];
        return [f.key, v ?? null];
      }),
    ),
  );
}

const toColumns = (fields: ImportField[]): ExportColumn[] => fields.map((f) => ({ key: f.key, header: f.label, type: typeOf(f.kind) }));

/**
 * A table or a filtered view of it (the same query the grid uses), with the columns the importer
 * reads back: the result of an export imports into an empty workspace unchanged.
 */
export function entityExport(ws: Workspace, table: EntityName, options: { query?: ListQuery; columns?: readonly string[] } = {}): ExportTable {
  const fields = pickColumns(table, options.columns);
  // The grid's own query, first for a page and the total, then for the rest in one go: paging by
  // OFFSET would rescan the skipped rows on every page.
  const first = ws.repos[table].list({ ...options.query, offset: 0, limit: FIRST_PAGE });
  const rest = first.total > FIRST_PAGE ? ws.repos[table].list({ ...options.query, offset: FIRST_PAGE, limit: first.total - FIRST_PAGE }).rows : [];
  const records = [...first.rows, ...rest] as unknown as Record<string, unknown>[];
  return { name: table, columns: toColumns(fields), rows: exportRows(ws, fields, records) };
}

/** Indicator observations, all or those of one subject, oldest subject and year first. */
export function indicatorExport(ws: Workspace, options: { subjectType?: string; subjectId?: number; columns?: readonly string[] } = {}): ExportTable {
  const fields = pickColumns('indicators', options.columns);
  const records = ws.relations.indicators(options.subjectType, options.subjectId) as unknown as Record<string, unknown>[];
  return { name: 'indicators', columns: toColumns(fields), rows: exportRows(ws, fields, records) };
}
