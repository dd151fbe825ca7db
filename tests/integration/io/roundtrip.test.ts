import { describe, expect, test } from 'vitest';
import {
  autoMap,
  commitImport,
  entityExport,
  exportArchive,
  importArchive,
  indicatorExport,
  readCsv,
  readXlsx,
  toCsv,
  toXlsx,
  workspaceSheets,
  type ExportTable,
  type ImportSheet,
  type ImportTable,
} from '../../../db/io';
import { archiveTables } from '../../../db/io/archive-schema';
import type { Workspace } from '../../../db/store/workspace';
import { fillEveryTable } from './fill';
import { useIoWorkspace } from './support';

const workspace = useIoWorkspace();

/** Raw rows of every data table, as SQLite holds them. */
const dump = (ws: Workspace) => Object.fromEntries(archiveTables.map((t) => [t, ws.db.prepare(`SELECT * FROM ${t} ORDER BY ${t === 'meta' ? 'key' : 'id'}`).all()]));

/** Importable tables in an order where every referenced table comes first. */
const ORDER: ImportTable[] = ['sources', 'partners', 'clusters', 'projects', 'agreements', 'indicators'];

/** A table's records as the analyst sees them: references by name, no ids or timestamps. */
const comparable = (ws: Workspace, table: ImportTable) => {
  const t = table === 'indicators' ? indicatorExport(ws) : entityExport(ws, table);
  return t.rows.map(({ id: _id, ...rest }) => rest).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
};

function importSheet(ws: Workspace, table: ImportTable, sheet: ImportSheet) {
  const mapping = autoMap(table, sheet.header).mapping;
  const outcome = commitImport(ws, sheet, { table, mapping, numberFormat: 'decimal-point', matchBy: 'id', onMatch: 'update' });
  expect(outcome, table).toMatchObject({ status: 'committed', warnings: 0 });
}

const exportOf = (ws: Workspace, table: ImportTable): ExportTable => (table === 'indicators' ? indicatorExport(ws) : entityExport(ws, table));

describe('round trip', () => {
  test('the JSON archive imports into an empty workspace with every row of every table identical', () => {
    const source = workspace();
    fillEveryTable(source.ws);
    const archive = exportArchive(source.ws);
    const target = workspace();
    const result = importArchive(target.ws, archive, 'archive.json');
    expect(result.rows).toBe(Object.values(dump(source.ws)).flat().length);
    expect(result.tables).toEqual(expect.arrayContaining(['clusters', 'projects', 'scenarios', 'briefings', 'workspace', 'indicator_observations']));
    expect(dump(target.ws)).toEqual(dump(source.ws));
    expect(target.ws.db.prepare("SELECT count(*) AS n FROM change_log l JOIN change_sets s ON s.id = l.change_set_id WHERE s.method = 'io.importArchive'").get()).toEqual({ n: result.rows });
  });

  test('each table exported to CSV imports into an empty workspace unchanged', () => {
    const source = workspace();
    fillEveryTable(source.ws);
    const target = workspace();
    target.ws.write('seed', () => target.ws.initiatives.create({ name: 'Transitioning Industrial Clusters' }));
    for (const table of ORDER) importSheet(target.ws, table, readCsv(toCsv(exportOf(source.ws, table)), `${table}.csv`).sheet);
    for (const table of ORDER) expect(comparable(target.ws, table), table).toEqual(comparable(source.ws, table));
  });

  test('a decimal-comma CSV with semicolons round-trips too', () => {
    const source = workspace();
    fillEveryTable(source.ws);
    const target = workspace();
    const bytes = toCsv(exportOf(source.ws, 'partners'), { delimiter: ';', decimal: ',' });
    const sheet = readCsv(bytes, 'partners.csv').sheet;
    commitImport(target.ws, sheet, { table: 'partners', mapping: autoMap('partners', sheet.header).mapping, numberFormat: 'decimal-comma', matchBy: 'name', onMatch: 'update' });
    expect(comparable(target.ws, 'partners')).toEqual(comparable(source.ws, 'partners'));
  });

  test('the whole-workspace workbook has one sheet per table, and its sheets import unchanged', async () => {
    const source = workspace();
    fillEveryTable(source.ws);
    const bytes = await toXlsx(workspaceSheets(source.ws));
    const target = workspace();
    target.ws.write('seed', () => target.ws.initiatives.create({ name: 'Transitioning Industrial Clusters' }));
    const first = await readXlsx(bytes, 'workspace.xlsx');
    expect(first.sheets.map((s) => s.name)).toEqual(archiveTables.filter((t) => t !== 'meta').map((t) => (t === 'indicator_observations' ? 'indicators' : t)));
    for (const table of ORDER) importSheet(target.ws, table, (await readXlsx(bytes, 'workspace.xlsx', { sheet: table })).sheet);
    for (const table of ORDER) expect(comparable(target.ws, table), table).toEqual(comparable(source.ws, table));
  });
});
