import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { autoMap, backupNow, commitImport, entityExport, importFields, readImportBytes, toCsv, toXlsx, type ExportTable } from '../../db/io';
import { createWorkspaceFile } from '../../db/store/open';
import { Workspace } from '../../db/store/workspace';
import { benchDir, syntheticProject } from './fixtures';
import { figure, medianMs, type BenchCase } from './harness';

const N = 100_000;
const RUNS = 3;
const RAW_INSERT = `INSERT INTO projects (name, country, category, stage, start_year, capex, capex_currency, abatement_kt, ramp_up_years, notes, created_at, updated_at)
  VALUES (@name, @country, @category, @stage, @startYear, @capex, @capexCurrency, @abatementKt, @rampUpYears, @notes, @at, @at)`;

const rows = () => Array.from({ length: N }, (_, i) => syntheticProject(i));

/** The synthetic projects as a table with the importer's own headers, as an export would write them. */
function projectTable(): ExportTable {
  const keys = Object.keys(syntheticProject(0));
  const columns = importFields.projects.filter((f) => keys.includes(f.key)).map((f) => ({ key: f.key, header: f.label, type: 'text' as const }));
  return { name: 'projects', columns, rows: rows() };
}

let files = 0;
const fresh = (dir: string) => {
  const file = join(dir, `w${files++}.clusterdesk`);
  return new Workspace(createWorkspaceFile(file), file);
};

/** The same rows through one prepared statement in one transaction: the floor for any import. */
async function rawInsertMs(dir: string): Promise<number> {
  const data = rows();
  return medianMs(RUNS, () => {
    const ws = fresh(dir);
    const insert = ws.db.prepare(RAW_INSERT);
    ws.db.transaction(() => {
      const at = new Date().toISOString();
      for (const r of data) insert.run({ ...r, at });
    })();
    ws.close();
  });
}

/** Reads, maps, validates and commits a file into an empty workspace, as the import handler will. */
async function importMs(dir: string, bytes: Buffer, fileName: string): Promise<number> {
  return medianMs(RUNS, async () => {
    const ws = fresh(dir);
    const file = await readImportBytes(bytes, fileName);
    const outcome = commitImport(ws, file.sheet, {
      table: 'projects',
      mapping: autoMap('projects', file.sheet.header).mapping,
      numberFormat: 'decimal-point',
      matchBy: 'name',
      onMatch: 'insert',
    });
    if (outcome.status !== 'committed' || outcome.inserted !== N) throw new Error(`import of ${fileName} did not commit ${N} rows`);
    // A faster import must still log every row, in one change set (a count costs a few ms).
    const log = ws.db.prepare('SELECT count(*) AS rows, count(DISTINCT change_set_id) AS sets FROM change_log').get();
    if (JSON.stringify(log) !== JSON.stringify({ rows: N, sets: 1 })) throw new Error(`import of ${fileName} logged ${JSON.stringify(log)}`);
    ws.close();
  });
}

function importCase(name: string, fileName: string, make: () => Promise<Buffer>): BenchCase {
  return {
    name,
    async run() {
      const tmp = benchDir();
      try {
        const bytes = await make();
        const value = await importMs(tmp.dir, bytes, fileName);
        return [figure(name, value, 'ms', 'raw prepared statements, one transaction', await rawInsertMs(tmp.dir))];
      } finally {
        tmp.remove();
      }
    },
  };
}

export const csvImport = importCase('io.csvImport100k', 'projects.csv', async () => toCsv(projectTable()));
export const xlsxImport = importCase('io.xlsxImport100k', 'projects.xlsx', () => toXlsx([projectTable()]));

/** A workspace holding the synthetic projects, written with raw statements. */
function seeded(dir: string): Workspace {
  const ws = fresh(dir);
  const insert = ws.db.prepare(RAW_INSERT);
  ws.db.transaction(() => {
    for (const r of rows()) insert.run({ ...r, at: '2026-01-15T10:00:00.000Z' });
  })();
  return ws;
}

const rawSelect = (ws: Workspace) => ws.db.prepare('SELECT * FROM projects ORDER BY name').raw().all() as unknown[][];

function exportCase(name: string, baselineName: string, exportOnce: (ws: Workspace) => Promise<unknown>, baselineOnce: (ws: Workspace) => Promise<unknown>): BenchCase {
  return {
    name,
    async run() {
      const tmp = benchDir();
      try {
        const ws = seeded(tmp.dir);
        const value = await medianMs(RUNS, () => exportOnce(ws));
        const baseline = await medianMs(RUNS, () => baselineOnce(ws));
        ws.close();
        return [figure(name, value, 'ms', baselineName, baseline)];
      } finally {
        tmp.remove();
      }
    },
  };
}

export const csvExport = exportCase(
  'io.csvExport100k',
  'raw SELECT joined with commas, no quoting',
  async (ws) => toCsv(entityExport(ws, 'projects')),
  async (ws) => Buffer.from(rawSelect(ws).map((r) => r.join(',')).join('\r\n')),
);

/** exceljs's streaming writer given the raw rows: no types, styles, widths or escaping. */
async function plainXlsx(ws: Workspace): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => stream.on('end', resolve));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: false, useSharedStrings: false });
  const sheet = book.addWorksheet('projects');
  for (const r of rawSelect(ws)) sheet.addRow(r).commit();
  sheet.commit();
  await book.commit();
  await ended;
  return Buffer.concat(chunks);
}

export const xlsxExport = exportCase('io.xlsxExport100k', "raw SELECT through exceljs's plain streaming writer", async (ws) => toXlsx([entityExport(ws, 'projects')]), plainXlsx);

export const backup: BenchCase = {
  name: 'io.backup100k',
  async run() {
    const tmp = benchDir();
    try {
      const ws = seeded(tmp.dir);
      const folder = join(tmp.dir, 'backups');
      const value = await medianMs(RUNS, () => backupNow(ws.db, { folder, workspaceFile: ws.file }));
      ws.db.pragma('wal_checkpoint(TRUNCATE)');
      let copies = 0;
      const baseline = await medianMs(RUNS, () => copyFileSync(ws.file, join(tmp.dir, `copy${copies++}.clusterdesk`)));
      ws.close();
      return [figure('io.backup100k', value, 'ms', 'plain file copy, unchecked', baseline)];
    } finally {
      tmp.remove();
    }
  },
};
