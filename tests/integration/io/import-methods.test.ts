import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { MethodName, MethodOutput, Result } from '../../../db/contract';
import { ImportDelimiter, ImportEncoding, ImportNumberFormat, ImportTableName } from '../../../db/contract/groups/imports';
import { delimiters, importTables, numberFormats, textEncodings, toXlsx } from '../../../db/io';
import { IN_PROCESS_SENDER, inProcessRouter, inProcessShellContext } from '../../../electron/router/in-process';
import { createRouter } from '../../../electron/router/router';
import { shellBackend } from '../../../electron/shell-services/shell-handlers';
import { startStoreWorker } from '../../../electron/worker/worker-client';
import { buildStoreWorker } from '../../support/build-worker';
import { clusterInput } from '../../support/records';
import { routerCalls } from '../../support/router-calls';
import { useTempDir } from '../../support/temp';

const temp = useTempDir();

type Progress = { ticket: string; phase: string; done: number; total: number };

/** A workspace behind the router with the shell's methods, as the window reaches them. */
async function open(onProgress: (p: Progress) => void = () => {}) {
  const dir = temp();
  const progress: Progress[] = [];
  const changed: string[][] = [];
  const made = inProcessRouter(
    (event, payload) => {
      if (event === 'imports.progress') {
        progress.push(payload as Progress);
        onProgress(payload as Progress);
      } else changed.push((payload as { tables: string[] }).tables);
    },
    undefined,
    dir,
  );
  const { call } = routerCalls(made.router);
  const created = await call('workspace.create', { file: join(dir, 'test.clusterdesk'), sample: false });
  if (!created.ok) throw new Error(created.error.message);
  const count = (table: string) => (made.host.ws.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  return { dir, call, count, file, progress, changed, host: made.host };
}

const HEADER = 'Name;Cluster;Country;Category;Stage;Capex (USD m)';
const GOOD = ['Electrolyser pilot;Sumgait Chemical Industrial Park;AZ;Hydrogen;Idea;1 250,5', 'Battery store;Sumgait Chemical Industrial Park;AZ;Energy storage;Feasibility;80'];
const BAD = 'Wind blade plant;Sumgait Chemical Industrial Park;AZ;Renewable power;Maybe later;12';
const csv = (...rows: string[]) => `\ufeff${[HEADER, ...rows].join('\r\n')}\r\n`;
const MAPPING = ['name', 'cluster', 'country', 'category', 'stage', 'capex'];
const choices = { table: 'projects' as const, mapping: MAPPING, numberFormat: 'decimal-comma' as const, matchBy: 'name' as const, onExisting: 'skip' as const };

describe('imports.* through the router', () => {
  test('the lists the window is offered are the library\'s own', () => {
    expect(ImportTableName.options).toEqual([...importTables]);
    expect(ImportEncoding.options).toEqual([...textEncodings]);
    expect(ImportDelimiter.options).toEqual([...delimiters]);
    expect(ImportNumberFormat.options).toEqual([...numberFormats]);
  });

  test('inspect reads the file, shows its guesses and maps columns by header name', async () => {
    const w = await open();
    const path = w.file('colleague.csv', csv(...GOOD));
    const r = await w.call('imports.inspect', { file: path, table: 'projects' });
    expect(r.ok && r.value).toMatchObject({
      fileName: 'colleague.csv',
      format: 'csv',
      sheets: [{ name: 'colleague.csv', hidden: false }],
      encoding: { used: 'utf-8', confidence: 'bom' },
      delimiter: { value: ';', guessed: true },
      header: ['Name', 'Cluster', 'Country', 'Category', 'Stage', 'Capex (USD m)'],
      rowCount: 2,
      sample: [['Electrolyser pilot', 'Sumgait Chemical Industrial Park', 'AZ', 'Hydrogen', 'Idea', '1 250,5'], expect.any(Array)],
      remembered: false,
      numberFormat: 'decimal-point',
    });
    // "Capex (USD m)" is not a spelling of any field: the analyst maps it by hand.
    expect(r.ok && r.value.mapping).toEqual(['name', 'cluster', 'country', 'category', 'stage', null]);
    expect(r.ok && r.value.fields.find((f) => f.key === 'cluster')).toEqual({ key: 'cluster', label: 'Cluster', stored: 'clusterId', required: false });

    // The analyst's choices win over the guesses: the wrong code page shows the byte-order mark as letters.
    const chosen = await w.call('imports.inspect', { file: path, table: 'projects', encoding: 'windows-1251', delimiter: ',' });
    expect(chosen.ok && chosen.value).toMatchObject({ encoding: { used: 'windows-1251', confidence: 'chosen' }, delimiter: { value: ',', guessed: false }, header: [`п»ї${HEADER}`] });
  });

  test('inspect lists a workbook\'s sheets and reads the one chosen', async () => {
    const w = await open();
    const sheet = (name: string, title: string) => ({
      name,
      columns: [{ key: 'title', header: 'Title', type: 'text' as const }, { key: 'publisher', header: 'Publisher', type: 'text' as const }],
      rows: [{ title, publisher: 'IEA' }],
    });
    const path = join(w.dir, 'sources.xlsx');
    writeFileSync(path, await toXlsx([sheet('First', 'Net Zero Roadmap'), sheet('Second', 'Hydrogen Review')]));
    const first = await w.call('imports.inspect', { file: path, table: 'sources' });
    expect(first.ok && first.value).toMatchObject({
      format: 'xlsx',
      sheet: 'First',
      sheets: [{ name: 'First', hidden: false }, { name: 'Second', hidden: false }],
      encoding: null,
      delimiter: null,
      mapping: ['title', 'publisher'],
      sample: [['Net Zero Roadmap', 'IEA']],
    });
    const second = await w.call('imports.inspect', { file: path, table: 'sources', sheet: 'Second' });
    expect(second.ok && second.value).toMatchObject({ sheet: 'Second', sample: [['Hydrogen Review', 'IEA']] });
  });

  test('preview shows rows as stored and a report naming the bad row, and writes nothing', async () => {
    const w = await open();
    await w.call('clusters.create', clusterInput());
    const before = w.count('change_sets');
    const path = w.file('bad.csv', csv(GOOD[0], BAD, 'Unknown cluster project;Nowhere Park;AZ;Hydrogen;Idea;5'));
    const r = await w.call('imports.preview', { file: path, ...choices });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.ready).toBe(false);
    expect(r.value.rows[0]).toMatchObject({ row: 2, action: 'insert', values: { name: 'Electrolyser pilot', category: 'hydrogen', stage: 'idea', capex: 1250.5 } });
    expect(r.value.issues).toContainEqual(expect.objectContaining({ row: 3, column: 'Stage', value: 'Maybe later', severity: 'error' }));
    expect(r.value.unresolved).toEqual([expect.objectContaining({ column: 'Cluster', table: 'clusters', names: ['Nowhere Park'], rows: [4] })]);
    expect(w.count('projects')).toBe(0);
    expect(w.count('change_sets')).toBe(before);
  });

  test('commit refuses a file with a bad row whole, then imports the fixed file in one step and remembers the mapping', async () => {
    const w = await open();
    await w.call('clusters.create', clusterInput());
    const before = { projects: w.count('projects'), sets: w.count('change_sets') };
    const path = w.file('projects.csv', csv(GOOD[0], BAD, GOOD[1]));
    const refused = await w.call('imports.commit', { file: path, ...choices, ticket: 'ticket-refused' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('VALIDATION');
    expect(refused.error.message).toMatch(/row 3.*Maybe later/);
    expect(w.count('projects')).toBe(before.projects);
    expect(w.count('change_sets')).toBe(before.sets);

    w.file('projects.csv', csv(...GOOD));
    w.changed.length = 0;
    const done = await w.call('imports.commit', { file: path, ...choices, ticket: 'ticket-fixed' });
    expect(done).toEqual({ ok: true, value: { status: 'committed', inserted: 2, updated: 0, skipped: 0, warnings: 0 } });
    expect(w.count('projects')).toBe(2);
    expect(w.count('change_sets')).toBe(before.sets + 1);
    expect(w.changed).toEqual([['projects']]);
    expect(w.progress.filter((p) => p.ticket === 'ticket-fixed').at(-1)).toEqual({ ticket: 'ticket-fixed', phase: 'writing', done: 2, total: 2 });

    const again = await w.call('imports.inspect', { file: path, table: 'projects' });
    expect(again.ok && again.value).toMatchObject({ remembered: true, mapping: MAPPING });

    // Importing the same file again: matched by name, and skipped or updated as asked.
    const skipped = await w.call('imports.commit', { file: path, ...choices, ticket: 'ticket-skip' });
    expect(skipped).toEqual({ ok: true, value: { status: 'committed', inserted: 0, updated: 0, skipped: 2, warnings: 0 } });
    w.file('projects.csv', csv(GOOD[0].replace('Idea', 'Construction'), GOOD[1]));
    const updated = await w.call('imports.commit', { file: path, ...choices, onExisting: 'update', ticket: 'ticket-update' });
    expect(updated).toEqual({ ok: true, value: { status: 'committed', inserted: 0, updated: 2, skipped: 0, warnings: 0 } });
    expect(w.host.ws.db.prepare("SELECT stage FROM projects WHERE name = 'Electrolyser pilot'").get()).toEqual({ stage: 'construction' });
  });

  test('a cancel while rows are being written leaves nothing written', async () => {
    let cancelled: Promise<Result<MethodOutput<'imports.cancel'>>> | null = null;
    const w = await open((p) => {
      // The store is busy with the commit: the cancel reaches it only through the shared flag.
      if (p.phase === 'writing' && p.done >= 1000 && !cancelled) cancelled = w.call('imports.cancel', { ticket: p.ticket });
    });
    const rows = Array.from({ length: 2500 }, (_, i) => `Project ${i + 1};;AZ;Hydrogen;Idea;${i}`);
    const path = w.file('many.csv', csv(...rows));
    const before = w.count('change_sets');
    const outcome = await w.call('imports.commit', { file: path, ...choices, ticket: 'ticket-cancel' });
    expect(outcome).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(await cancelled).toEqual({ ok: true, value: { cancelled: true } });
    expect(w.progress.some((p) => p.phase === 'writing' && p.done === 1000)).toBe(true);
    expect(w.count('projects')).toBe(0);
    expect(w.count('change_sets')).toBe(before);
    // Nothing is under way any more: a late cancel says so.
    expect(await w.call('imports.cancel', { ticket: 'ticket-cancel' })).toEqual({ ok: true, value: { cancelled: false } });
  });

  test('malformed input is refused with VALIDATION, naming the field, and writes nothing', async () => {
    const w = await open();
    const path = w.file('ok.csv', csv(...GOOD));
    const before = w.count('change_sets');
    const refusals: [MethodName, unknown, RegExp][] = [
      ['imports.inspect', { file: '', table: 'projects' }, /file/],
      ['imports.inspect', { file: path, table: 'scenarios' }, /table/],
      ['imports.inspect', { file: path, table: 'projects', encoding: 'utf-32' }, /encoding/],
      ['imports.preview', { file: path, ...choices, numberFormat: 'roman' }, /numberFormat/],
      ['imports.commit', { file: path, ...choices, ticket: 'x' }, /ticket/],
      ['imports.commit', { file: path, ...choices, ticket: 'ticket-extra', extra: 1 }, /extra|Unrecognized/i],
      ['imports.commit', { file: path, ...choices, mapping: ['name'], ticket: 'ticket-short' }, /mapping has 1 entries for 6 columns/],
      ['imports.commitSheet', { sheet: {}, request: {}, ticket: 'ticket-direct' }, /sheet/],
    ];
    for (const [method, input, message] of refusals) {
      const r = await w.call(method, input as never);
      expect(r.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code, r.error.message).toBe('VALIDATION');
        expect(r.error.message).toMatch(message);
      }
    }
    const binary = w.file('photo.csv', '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const png = await w.call('imports.inspect', { file: binary, table: 'projects' });
    expect(!png.ok && png.error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('photo.csv') });
    const missing = await w.call('imports.inspect', { file: join(w.dir, 'nope.csv'), table: 'projects' });
    expect(!missing.ok && missing.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('nope.csv') });
    expect(w.count('projects')).toBe(0);
    expect(w.count('change_sets')).toBe(before);
  });

  test('through the store worker, a cancel from the shell\'s thread stops the busy worker and nothing is written', async () => {
    const entry = await buildStoreWorker();
    const dir = temp();
    const worker = startStoreWorker(entry, { file: join(dir, 'worker.clusterdesk'), createIfMissing: true, sample: false });
    try {
      await worker.ready;
      const router = createRouter({ appOrigin: 'app://clusterdesk', backend: worker.call, shell: shellBackend(inProcessShellContext(dir, worker.call)) });
      const call = (method: string, input: unknown) => router.handle(IN_PROCESS_SENDER, method, input);
      const seen: Progress[] = [];
      let cancel: Promise<Result<unknown>> | null = null;
      worker.onEvent((event, payload) => {
        if (event !== 'imports.progress') return;
        seen.push(payload as Progress);
        cancel ??= call('imports.cancel', { ticket: 'ticket-worker' });
      });
      const path = join(dir, 'big.csv');
      writeFileSync(path, csv(...Array.from({ length: 20_000 }, (_, i) => `Project ${i + 1};;AZ;Hydrogen;Idea;${i}`)));
      const outcome = await call('imports.commit', { file: path, ...choices, ticket: 'ticket-worker' });
      expect(outcome).toEqual({ ok: true, value: { status: 'cancelled' } });
      expect(await cancel).toEqual({ ok: true, value: { cancelled: true } });
      expect(seen[0]).toMatchObject({ ticket: 'ticket-worker', phase: 'validating', done: 0, total: 20_000 });
      expect(await call('workspace.info', undefined)).toMatchObject({ ok: true, value: { counts: { projects: 0 } } });
    } finally {
      await worker.close();
      rmSync(entry, { force: true });
    }
  }, 60_000);
});
