import type { Workspace } from '../store/workspace';
import { archiveTables, type ArchiveTable } from './archive-schema';
import { columnsOf, readArchiveRows } from './archive-rows';
import { entityExport, indicatorExport, type ExportTable, type ExportType } from './export-table';

const SQL_TYPE: Record<string, ExportType> = { INTEGER: 'integer', REAL: 'number', TEXT: 'text' };

/** A table with no import of its own, column for column as stored, ids included. */
function rawTable(ws: Workspace, table: ArchiveTable): ExportTable {
  const types = new Map((ws.db.pragma(`table_info(${table})`) as { name: string; type: string }[]).map((c) => [c.name, SQL_TYPE[c.type] ?? 'text']));
  const columns = columnsOf(ws.db, table).map((c) => ({ key: c.key, header: c.key, type: types.get(c.column) ?? ('text' as ExportType) }));
  return { name: table, columns, rows: readArchiveRows(ws.db, table) };
}

/**
 * The whole workspace as tables, one per workbook sheet: the importable tables as their exports
 * (references by name, ready to import again), the others as stored.
 */
export function workspaceSheets(ws: Workspace): ExportTable[] {
  return ws.db.transaction(() =>
    archiveTables
      .filter((t) => t !== 'meta')
      .map((t) => {
        if (t === 'indicator_observations') return indicatorExport(ws);
        if (t === 'clusters' || t === 'projects' || t === 'partners' || t === 'agreements' || t === 'sources') return entityExport(ws, t);
        return rawTable(ws, t);
      }),
  )();
}
