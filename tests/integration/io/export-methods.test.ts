import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { autoMap, commitImport, entityExport, readImportFile } from '../../../db/io';
import { archiveTables } from '../../../db/io/archive-schema';
import type { Workspace } from '../../../db/store/workspace';
import { fillEveryTable } from './fill';
import { inProcessShellContext } from '../../../electron/router/in-process';
import { shellBackend } from '../../../electron/shell-services/shell-handlers';
import { useShellWorkspace, type ShellWorkspace } from './methods-support';

const open = useShellWorkspace();

async function workbook(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
const csvLines = (file: string) => readFileSync(file, 'utf8').replace(/^\ufeff/, '').trimEnd().split('\r\n');

async function projects(w: ShellWorkspace) {
  const cluster = await w.value('clusters.create', { name: 'Sumgait', country: 'AZ', kind: 'industrial_park' });
  await w.value('projects.create', { name: 'Battery plant', country: 'AZ', category: 'energy_storage', stage: 'mou', clusterId: cluster.id, capex: 120 });
  await w.value('projects.create', { name: '=HYPERLINK("http://x","click")', country: 'AZ', category: 'manufacturing_localisation', stage: 'fid', capex: 45.5 });
  await w.value('projects.create', { name: 'Wind farm', country: 'KZ', category: 'circularity_waste', stage: 'idea' });
  return cluster;
}

describe('exports.table', () => {
  test('the whole table to CSV: UTF-8 with BOM, the importer\'s headers, one row per record, no temporary file left', async () => {
    const w = await open();
    await projects(w);
    const file = join(w.dir, 'out', 'projects.csv');
    mkdirSync(join(w.dir, 'out'));
    const written = await w.value('exports.table', { view: { table: 'projects' }, format: 'csv', file });
    expect(written).toMatchObject({ file, rows: 3 });
    expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(written.bytes).toBe(readFileSync(file).length);
    const lines = csvLines(file);
    expect(lines[0]).toMatch(/^ID,Name,Cluster,/);
    expect(lines).toHaveLength(4);
    expect(lines.some((l) => l.includes('Battery plant') && l.includes('Sumgait') && l.includes(',120,'))).toBe(true);
    expect(readdirSync(join(w.dir, 'out'))).toEqual(['projects.csv']);
  });

  test('text that would run as a formula is escaped in CSV and XLSX; numbers stay numbers', async () => {
    const w = await open();
    await projects(w);
    const csv = join(w.dir, 'p.csv');
    await w.value('exports.table', { view: { table: 'projects' }, format: 'csv', file: csv });
    expect(readFileSync(csv, 'utf8')).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
    const xlsx = join(w.dir, 'p.xlsx');
    await w.value('exports.table', { view: { table: 'projects' }, format: 'xlsx', file: xlsx });
    const sheet = (await workbook(xlsx)).worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const nameCol = header.indexOf('Name') + 1;
    const capexCol = header.indexOf('Capex') + 1;
    const cells = [2, 3, 4].map((r) => ({ name: sheet.getRow(r).getCell(nameCol), capex: sheet.getRow(r).getCell(capexCol) }));
    const formula = cells.find((c) => String(c.name.value).includes('HYPERLINK'))!;
    expect(formula.name.type).toBe(ExcelJS.ValueType.String);
    expect(formula.name.value).toBe(`'=HYPERLINK("http://x","click")`);
    expect(formula.capex.value).toBe(45.5);
    expect(formula.capex.type).toBe(ExcelJS.ValueType.Number);
  });

  test('the grid\'s view: only the rows its filter and search match, in its sort order', async () => {
    const w = await open();
    await projects(w);
    const file = join(w.dir, 'view.csv');
    const written = await w.value('exports.table', {
      view: { table: 'projects', query: { filters: [{ field: 'country', op: 'in', values: ['AZ'] }], sort: { field: 'name', dir: 'desc' } } },
      format: 'csv',
      file,
    });
    expect(written.rows).toBe(2);
    const rows = csvLines(file).slice(1);
    expect(rows[0]).toContain('Battery plant');
    expect(rows[1]).toContain('HYPERLINK');
    const searched = await w.value('exports.table', { view: { table: 'projects', query: { search: 'wind' } }, format: 'csv', file });
    expect(searched.rows).toBe(1);
    expect(csvLines(file)[1]).toContain('Wind farm');
  });

  test('indicator observations export as the grid shows them, subjects by name', async () => {
    const w = await open();
    const cluster = await projects(w);
    await w.value('observations.create', { subjectType: 'cluster', subjectId: cluster.id, metric: 'Emissions', year: 2023, value: 2.75, unit: 'Mt CO2e' });
    await w.value('observations.create', { subjectType: 'cluster', subjectId: cluster.id, metric: 'Jobs', year: 2024, value: 1200, unit: 'jobs' });
    const file = join(w.dir, 'obs.csv');
    const written = await w.value('exports.table', { view: { table: 'observations', query: { search: 'Jobs' } }, format: 'csv', file });
    expect(written.rows).toBe(1);
    expect(csvLines(file)[1]).toMatch(/cluster,Sumgait,.*Jobs,2024,/);
  });

  test('a table exported through the method imports into an empty workspace unchanged', async () => {
    const source = await open('source');
    source.host.ws.write('test.fill', () => fillEveryTable(source.host.ws));
    const file = join(source.dir, 'partners.csv');
    await source.value('exports.table', { view: { table: 'partners' }, format: 'csv', file });
    const target = await open('target');
    const sheet = (await readImportFile(file)).sheet;
    const outcome = commitImport(target.host.ws, sheet, { table: 'partners', mapping: autoMap('partners', sheet.header).mapping, numberFormat: 'decimal-point', matchBy: 'id', onMatch: 'update' });
    expect(outcome).toMatchObject({ status: 'committed' });
    // Ids are the new workspace's own; everything else, references by name included, is the same.
    const rows = (ws: Workspace) => entityExport(ws, 'partners').rows.map(({ id: _id, ...rest }) => rest);
    expect(rows(target.host.ws)).toEqual(rows(source.host.ws));
  });

  test('bad targets are refused with a message naming the file, and nothing is written', async () => {
    const w = await open();
    await projects(w);
    const wrongExtension = await w.error('exports.table', { view: { table: 'projects' }, format: 'xlsx', file: join(w.dir, 'p.csv') });
    expect(wrongExtension.code).toBe('VALIDATION');
    expect(wrongExtension.message).toMatch(/file/);
    const relative = await w.error('exports.table', { view: { table: 'projects' }, format: 'csv', file: 'p.csv' });
    expect(relative.code).toBe('VALIDATION');
    const noFolder = await w.error('exports.table', { view: { table: 'projects' }, format: 'csv', file: join(w.dir, 'missing', 'p.csv') });
    expect(noFolder.code).toBe('IO');
    expect(noFolder.message).toContain('missing');
    const badField = await w.error('exports.table', { view: { table: 'projects', query: { sort: { field: 'password', dir: 'asc' } } } as never, format: 'csv', file: join(w.dir, 'p.csv') });
    expect(badField.code).toBe('VALIDATION');
    expect(readdirSync(w.dir).filter((f) => !f.startsWith('test.clusterdesk'))).toEqual([]);
  });
});

describe('scenario results and comparisons', () => {
  async function twoScenarios(w: ShellWorkspace) {
    await projects(w);
    const base = await w.value('scenarios.create', { name: 'Base', horizonStart: 2025, horizonEnd: 2030 });
    const slow = await w.value('scenarios.create', { name: 'Slow', horizonStart: 2025, horizonEnd: 2030, parentId: base.id, assumptions: { delayYears: 2 } });
    return { base, slow };
  }

  test('a scenario\'s results to XLSX: a row per year, numbers as numbers', async () => {
    const w = await open();
    const { base } = await twoScenarios(w);
    const file = join(w.dir, 'base.xlsx');
    const written = await w.value('exports.scenario', { id: base.id, format: 'xlsx', file });
    expect(written.rows).toBe(6);
    const sheet = (await workbook(file)).worksheets[0];
    expect(sheet.name).toBe('Base');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Scenario', 'Year', 'Capex currency']);
    expect(sheet.getRow(2).getCell(2).value).toBe(2025);
    expect(sheet.getRow(7).getCell(2).value).toBe(2030);
    expect(typeof sheet.getRow(7).getCell(4).value).toBe('number');
  });

  test('a saved comparison to CSV: each scenario year by year, in the comparison\'s order', async () => {
    const w = await open();
    const { base, slow } = await twoScenarios(w);
    const saved = await w.value('comparisons.create', { name: 'Base vs slow', scenarioIds: [slow.id, base.id] });
    const file = join(w.dir, 'cmp.csv');
    const written = await w.value('exports.comparison', { id: saved.id, format: 'csv', file });
    expect(written.rows).toBe(12);
    const lines = csvLines(file);
    expect(lines[1]).toMatch(/^Slow,2025,/);
    expect(lines[7]).toMatch(/^Base,2025,/);
  });

  test('a missing scenario or comparison is refused as not found', async () => {
    const w = await open();
    expect((await w.error('exports.scenario', { id: 99, format: 'csv', file: join(w.dir, 'x.csv') })).code).toBe('NOT_FOUND');
    expect((await w.error('exports.comparison', { id: 99, format: 'csv', file: join(w.dir, 'x.csv') })).code).toBe('NOT_FOUND');
    expect(existsSync(join(w.dir, 'x.csv'))).toBe(false);
  });
});

describe('exports.workspace', () => {
  test('XLSX: one sheet per table', async () => {
    const w = await open();
    w.host.ws.write('test.fill', () => fillEveryTable(w.host.ws));
    const file = join(w.dir, 'all.xlsx');
    await w.value('exports.workspace', { format: 'xlsx', file });
    const names = (await workbook(file)).worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['clusters', 'projects', 'partners', 'agreements', 'sources', 'indicators', 'scenarios']));
  });

  test('the JSON archive imports into an empty workspace with every row as it was, and is refused by one with data', async () => {
    const source = await open('source');
    source.host.ws.write('test.fill', () => fillEveryTable(source.host.ws));
    const file = join(source.dir, 'archive.json');
    const written = await source.value('exports.workspace', { format: 'json', file });
    expect(written.rows).toBeGreaterThan(10);
    const target = await open('target');
    expect(await target.value('backups.importArchive', { file })).toEqual({ rows: written.rows });
    expect(target.events.at(-1)).toEqual({ tables: ['workspace'] });
    const dump = (ws: Workspace) => archiveTables.filter((t) => t !== 'meta').map((t) => ws.db.prepare(`SELECT * FROM ${t} ORDER BY id`).all());
    expect(dump(target.host.ws)).toEqual(dump(source.host.ws));

    const again = await target.error('backups.importArchive', { file });
    expect(again.code).toBe('VALIDATION');
    expect(again.message).toMatch(/empty workspace/);
    expect(dump(target.host.ws)).toEqual(dump(source.host.ws));
  });
});

describe('dialog.saveFile', () => {
  test('the name the page suggests is made safe before the dialog sees it, so the dialog starts in its own folder', async () => {
    const w = await open();
    const asked: string[] = [];
    const ctx = { ...inProcessShellContext(w.dir, async () => ({ ok: true, value: null })), saveDialog: async (_p: string, name: string) => (asked.push(name), null) };
    const shell = shellBackend(ctx);
    await shell('dialog.saveFile', { purpose: 'csv', suggestedName: '../../etc/CON.csv' });
    await shell('dialog.saveFile', { purpose: 'xlsx', suggestedName: 'Проекты (view).xlsx' });
    expect(asked).toEqual(['etc-CON.csv', 'Проекты (view).xlsx']);
  });
});
