import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import { autoMap, commitImport, previewImport, readCsv, sharedCancelFlag, type ImportRequest, type ImportTable } from '../../../db/io';
import { refusal, useIoWorkspace, type IoWorkspace } from './support';

const workspace = useIoWorkspace();

const csv = (text: string) => readCsv(Buffer.from(text), 'import.csv').sheet;
const request = (table: ImportTable, header: string[], over: Partial<ImportRequest> = {}): ImportRequest => ({
  table,
  mapping: autoMap(table, header).mapping,
  numberFormat: 'decimal-comma',
  matchBy: 'name',
  onMatch: 'update',
  ...over,
});
const importCsv = (io: IoWorkspace, table: ImportTable, text: string, over: Partial<ImportRequest> = {}) => {
  const sheet = csv(text);
  return commitImport(io.ws, sheet, request(table, sheet.header, over));
};

const PROJECTS = [
  'Name;Cluster;Country;Category;Stage;Capex;Signed on;Notes',
  'Electric buses;Sumgait;AZ;transport_electrification;mou;1 200,5;12.11.2024;BYD and SARDA',
  'Battery plant;;AE;energy_storage;fid;;2024-11;"=cmd|\' /C calc\'!A0"',
].join('\n');

describe('commitImport', () => {
  test('writes every row in one change set, with one change-log row per record', () => {
    const io = workspace();
    io.ws.write('seed', () => io.ws.repos.clusters.create({ name: 'Sumgait', country: 'AZ', kind: 'chemical_park' }));
    const before = io.snapshot();
    const outcome = importCsv(io, 'projects', PROJECTS);
    expect(outcome).toEqual({ status: 'committed', inserted: 2, updated: 0, skipped: 0, warnings: 0, tables: ['projects'] });
    expect(io.count('projects')).toBe(2);
    expect(io.ws.db.prepare("SELECT count(*) AS n FROM change_sets WHERE method = 'io.import'").get()).toEqual({ n: 1 });
    expect(io.count('change_log')).toBe(before.change_log + 2);
    const bus = io.ws.repos.projects.list({ search: 'buses' }).rows[0];
    expect(bus).toMatchObject({ clusterId: 1, capex: 1200.5, signedOn: '2024-11-12', version: 1 });
  });

  test('updates matched records through their versions, and skips or adds as asked', () => {
    const io = workspace();
    importCsv(io, 'partners', 'Name;Kind;Country\nSOCAR;state_owned;AZ\nMasdar;state_owned;AE');
    const updated = importCsv(io, 'partners', 'Name;Short name\nsocar;SOCAR');
    expect(updated).toMatchObject({ status: 'committed', inserted: 0, updated: 1, tables: ['partners'] });
    expect(io.ws.repos.partners.get(1)).toMatchObject({ name: 'socar', shortName: 'SOCAR', kind: 'state_owned', version: 2 });
    expect(io.ws.db.prepare("SELECT action FROM change_log ORDER BY id DESC LIMIT 1").get()).toEqual({ action: 'update' });
    expect(io.count('partners')).toBe(2);
    expect(importCsv(io, 'partners', 'Name;Kind\nMasdar;private', { onMatch: 'skip' })).toMatchObject({ skipped: 1, inserted: 0 });
    expect(io.ws.repos.partners.get(2)?.kind).toBe('state_owned');
    expect(importCsv(io, 'partners', 'Name;Kind\nMasdar;private', { onMatch: 'insert' })).toMatchObject({ inserted: 1 });
    expect(io.count('partners')).toBe(3);
  });

  test('a parent organisation named in the same file is linked', () => {
    const io = workspace();
    importCsv(io, 'partners', 'Name;Kind;Parent organisation\nSOCAR Polymer;state_owned;SOCAR\nSOCAR;state_owned;');
    const [parent] = io.ws.repos.partners.list({ search: 'SOCAR', sort: { field: 'name', dir: 'asc' } }).rows;
    expect(parent.name).toBe('SOCAR');
    expect(io.ws.repos.partners.list({ search: 'Polymer' }).rows[0].parentId).toBe(parent.id);
  });

  test('indicator observations resolve their subject and source', () => {
    const io = workspace();
    importCsv(io, 'sources', 'Title;Publisher\nWEF press release 2026;World Economic Forum');
    io.ws.write('seed', () => io.ws.initiatives.create({ name: 'Transitioning Industrial Clusters' }));
    const text = 'Subject type;Subject;Metric;Year;Value;Unit;Source\ninitiative;Transitioning Industrial Clusters;clusters;2026;39;clusters;WEF press release 2026';
    expect(importCsv(io, 'indicators', text, { onMatch: 'insert' })).toMatchObject({ inserted: 1, tables: ['indicator_observations'] });
    expect(io.ws.relations.indicators()[0]).toMatchObject({ subjectType: 'initiative', subjectId: 1, value: 39, sourceTitle: 'WEF press release 2026' });
  });

  test('any error refuses the whole file, naming file, row and column, and writes nothing', async () => {
    const io = workspace();
    const before = io.snapshot();
    const err = await refusal(() => importCsv(io, 'projects', PROJECTS.replace('1 200,5', 'lots')));
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toBe(
      '"import.csv": 2 problems stop the import (the first is row 2, column "Capex": "lots" is not a number). Correct the file or the mapping and import again; nothing was imported.',
    );
    expect(err.details).toMatchObject({ reason: 'invalid-rows', errors: 2, unresolved: [{ column: 'Cluster', names: ['Sumgait'] }] });
    expect(io.snapshot()).toEqual(before);
  });

  test('a failure while writing rolls back the rows already written', async () => {
    const io = workspace();
    const before = io.snapshot();
    const rows = Array.from({ length: 2500 }, (_, i) => `P${i};AZ;hydrogen;idea`).join('\n');
    const sheet = csv(`Name;Country;Category;Stage\n${rows}`);
    await refusal(() =>
      commitImport(io.ws, sheet, request('projects', sheet.header), {
        onProgress: (p) => {
          if (p.phase === 'writing' && p.done === 2000) throw new Error('disk full');
        },
      }),
    );
    expect(io.snapshot()).toEqual(before);
  });

  test('a cancel between chunks leaves nothing behind', () => {
    const io = workspace();
    const before = io.snapshot();
    const sheet = csv(`Name;Country;Category;Stage\n${Array.from({ length: 3000 }, (_, i) => `P${i};AZ;hydrogen;idea`).join('\n')}`);
    const controller = new AbortController();
    const phases: string[] = [];
    const outcome = commitImport(io.ws, sheet, request('projects', sheet.header), {
      signal: controller.signal,
      onProgress: (p) => {
        phases.push(`${p.phase} ${p.done}`);
        if (p.phase === 'writing' && p.done === 2000) controller.abort();
      },
    });
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(phases).toContain('validating 3000');
    expect(phases.at(-1)).toBe('writing 2000');
    expect(io.snapshot()).toEqual(before);
  });

  test('another thread can cancel an import that keeps this thread busy', async () => {
    const io = workspace();
    const flag = sharedCancelFlag();
    const go = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(
      `const { workerData } = require('node:worker_threads');
       const flag = new Int32Array(workerData.flag); const go = new Int32Array(workerData.go);
       Atomics.wait(go, 0, 0);
       Atomics.store(flag, 0, 1); Atomics.store(go, 0, 2); Atomics.notify(go, 0);`,
      { eval: true, workerData: { flag: flag.buffer, go: go.buffer } },
    );
    const sheet = csv(`Name;Country;Category;Stage\n${Array.from({ length: 3000 }, (_, i) => `P${i};AZ;hydrogen;idea`).join('\n')}`);
    const outcome = commitImport(io.ws, sheet, request('projects', sheet.header), {
      signal: flag.signal,
      onProgress: (p) => {
        if (p.phase !== 'writing' || p.done !== 1000) return;
        Atomics.store(go, 0, 1);
        Atomics.notify(go, 0);
        Atomics.wait(go, 0, 1, 5000);
      },
    });
    await worker.terminate();
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(io.count('projects')).toBe(0);
  });
});

describe('previewImport', () => {
  test('shows the first rows as they will be stored and the report, writing nothing', () => {
    const io = workspace();
    importCsv(io, 'clusters', 'Name;Country;Kind\nSumgait;AZ;chemical_park');
    const before = io.snapshot();
    const sheet = csv(PROJECTS.replace('1 200,5', '12.345'));
    const preview = previewImport(io.ws, sheet, request('projects', sheet.header), 1);
    expect(preview).toMatchObject({ ready: true, errors: 0, warnings: 1, counts: { insert: 2 } });
    expect(preview.rows).toEqual([
      {
        row: 2,
        action: 'insert',
        id: null,
        names: { clusterId: 'Sumgait' },
        issues: [expect.objectContaining({ column: 'Capex', severity: 'warning' })],
        values: expect.objectContaining({ name: 'Electric buses', clusterId: 1, capex: 12345, signedOn: '2024-11-12' }),
      },
    ]);
    expect(io.snapshot()).toEqual(before);
  });
});
