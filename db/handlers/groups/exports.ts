import type { GroupHandlers } from '../../contract';
import type { exportMethods } from '../../contract/groups/exports';
import type { TableView } from '../../contract/groups/exports';
import { entityExport, exportArchive, indicatorExport, workspaceSheets, type ExportTable } from '../../io';
import { dataRowCount } from '../../io/archive-rows';
import type { Workspace } from '../../store/workspace';
import type { WorkspaceHost } from '../host';
import { scenarioTable } from './exports-scenario-table';

/** The shell writes the files: it can wait on the XLSX writer and owns the file system. */
type StoreExportMethods = Pick<
  typeof exportMethods,
  'exports.tableData' | 'exports.scenarioData' | 'exports.comparisonData' | 'exports.workspaceData' | 'exports.archiveData'
>;

/**
 * Indicator observations as the grid shows them: the view's ids in its order, each row as the
 * indicator export writes it (subjects and sources by name), so the file imports back.
 */
function observationsView(ws: Workspace, query: TableView['query']): ExportTable {
  const all = indicatorExport(ws);
  if (!query) return all;
  const total = ws.observations.list({ ...query, offset: 0, limit: 1 }).total;
  const ids = total ? ws.observations.list({ ...query, offset: 0, limit: total }).rows.map((r) => r.id) : [];
  const byId = new Map<unknown, Record<string, unknown>>(all.rows.map((r) => [r.id, r]));
  return { ...all, rows: ids.map((id) => byId.get(id)).filter((r) => r !== undefined) };
}

export const exportHandlers = {
  'exports.tableData': (h, view) => (view.table === 'observations' ? observationsView(h.ws, view.query) : entityExport(h.ws, view.table, { query: view.query })),
  'exports.scenarioData': (h, { id }) => scenarioTable(h.ws, [id], h.ws.scenarios.scenarios.require(id).name),
  'exports.comparisonData': (h, { id }) => {
    const saved = h.ws.scenarios.comparisons.repo.require(id);
    return scenarioTable(h.ws, saved.scenarioIds, saved.name);
  },
  'exports.workspaceData': (h) => workspaceSheets(h.ws),
  'exports.archiveData': (h) => h.ws.db.transaction(() => ({ text: exportArchive(h.ws).toString('utf8'), rows: dataRowCount(h.ws.db) }))(),
} satisfies GroupHandlers<StoreExportMethods, WorkspaceHost>;
