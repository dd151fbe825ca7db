import { describe, expect, it } from 'vitest';
import { ProjectFields } from '../../../db/schema/entities';
import { projectCategories, projectStages } from '../../../db/schema/enums';
import { projectIssues } from '../../../db/schema/rules';
import { countryKind } from '../../../renderer/grid/columns/country-kind';
import { fieldColumn } from '../../../renderer/grid/columns/define';
import { enumKind } from '../../../renderer/grid/columns/enum-kind';
import { numberKind, yearKind } from '../../../renderer/grid/columns/number-kind';
import { referenceKind } from '../../../renderer/grid/columns/reference-kind';
import { textKind } from '../../../renderer/grid/columns/text-kind';
import type { Row } from '../../../renderer/grid/columns/types';
import type { Rules } from '../../../renderer/grid/model/cell-check';
import { allWrites, planPaste, validWrites } from '../../../renderer/grid/model/paste-plan';
import { parseTsv } from '../../../renderer/grid/model/tsv';
import { kindContext } from './kind-context';

const ctx = kindContext('en', { clusters: [{ id: 7, name: 'Sumgait Industrial Park' }, { id: 8, name: 'Twin' }, { id: 9, name: 'Twin' }] });
const col = (field: keyof typeof ProjectFields.shape, kind: ReturnType<typeof textKind>) => fieldColumn(ProjectFields, field, field, kind, 100);
const columns = [
  col('name', textKind()),
  col('country', countryKind(ctx)),
  col('category', enumKind(ctx, 'enum.projectCategory', projectCategories)),
  col('stage', enumKind(ctx, 'enum.projectStage', projectStages)),
  col('clusterId', referenceKind(ctx, 'clusters')),
  col('signedOn', textKind()),
  col('startYear', yearKind(ctx)),
  col('capex', numberKind(ctx)),
  col('notes', textKind({ multiline: true })),
];
const rules: Rules = (v) => projectIssues(v as never);

const stored = (id: number, over: Record<string, unknown> = {}): Row => ({
  id,
  version: 3,
  name: `Project ${id}`,
  country: 'AZ',
  category: 'hydrogen',
  stage: 'idea',
  clusterId: null,
  signedOn: null,
  startYear: null,
  capex: null,
  notes: null,
  ...over,
});

const plan = (text: string, anchor: { row: number; col: number }, rows: Row[], drafts: Record<string, unknown>[] = []) =>
  planPaste({
    block: parseTsv(text),
    anchor,
    columns,
    existing: rows.length,
    rowAt: (p) => rows[p],
    draftAt: (p) => drafts[p - rows.length],
    rules,
  });

describe('planning a paste', () => {
  it('updates the stored rows under the block and creates rows for what runs past the end', async () => {
    const rows = [stored(1), stored(2)];
    const text = 'Renamed\tAzerbaijan\r\n"Line one\nline\ttwo"\tNL\tHydrogen\tFeasibility\r\nBrand new\tIN\tccus\tIdea\r\n';
    const p = await plan(text, { row: 1, col: 0 }, rows);
    expect(p.issues).toEqual([]);
    expect(p.updates.map((u) => [u.id, u.version, u.values])).toEqual([[2, 3, { name: 'Renamed' }]]);
    expect(p.creates.map((c) => [c.position, c.values])).toEqual([
      [2, { name: 'Line one\nline\ttwo', country: 'NL', category: 'hydrogen', stage: 'feasibility' }],
      [3, { name: 'Brand new', country: 'IN', category: 'ccus', stage: 'idea' }],
    ]);
    expect(allWrites(p).creates).toHaveLength(2);
  });

  it('names each invalid cell by row and column, and writes nothing until asked for the valid part', async () => {
    const rows = [stored(1), stored(2)];
    const text = 'A\tXX\r\nB\tAZ\r\n';
    const p = await plan(text, { row: 0, col: 0 }, rows);
    expect(p.issues.map((i) => [i.row, i.field, i.text, i.message.code])).toEqual([[0, 'country', 'XX', 'notACountry']]);
    expect(validWrites(p, rules).updates.map((u) => [u.id, u.values])).toEqual([
      [1, { name: 'A' }],
      [2, { name: 'B' }],
    ]);
  });

  it('checks each cell with the field schema: text in a number, a negative figure, a year out of range', async () => {
    const rows = [stored(1)];
    // The second, empty line runs past the table: an empty new row is no row.
    const p = await plan('lots\t-5\r\n\t\r\n', { row: 0, col: 6 }, rows);
    expect(p.issues.map((i) => [i.row, i.field, i.message.code])).toEqual([
      [0, 'startYear', 'notAYear'],
      [0, 'capex', 'negative'],
    ]);
    expect(p.creates).toEqual([]);
    const years = await plan('1800\r\n', { row: 0, col: 6 }, rows);
    expect(years.issues.map((i) => i.message)).toEqual([{ code: 'min', params: { min: 1900 } }]);
  });

  it('checks the rules across fields on the row as it would be stored: a start before the signing year', async () => {
    const rows = [stored(1, { signedOn: '2024-11' })];
    const p = await plan('2020\r\n', { row: 0, col: 6 }, rows);
    expect(p.issues.map((i) => [i.field, i.message])).toEqual([['startYear', { code: 'rule.startBeforeSigning', params: { year: 2024 } }]]);
    expect(validWrites(p, rules).updates).toEqual([]);
  });

  it('refuses a new row without its required fields, naming the missing columns', async () => {
    const p = await plan('Only a name\r\n', { row: 1, col: 0 }, [stored(1)]);
    expect(p.issues.map((i) => [i.row, i.field, i.message.code])).toEqual([
      [1, 'country', 'required'],
      [1, 'category', 'required'],
      [1, 'stage', 'required'],
    ]);
    expect(validWrites(p, rules).creates).toEqual([]);
  });

  it('completes a new row the analyst had started typing (a draft) with the pasted cells', async () => {
    const p = await plan('Hydrogen\tIdea\r\n', { row: 1, col: 2 }, [stored(1)], [{ name: 'Draft', country: 'AZ' }]);
    expect(p.issues).toEqual([]);
    expect(p.creates[0].values).toEqual({ name: 'Draft', country: 'AZ', category: 'hydrogen', stage: 'idea' });
  });

  it('finds referenced records by name, refuses unknown and ambiguous names, and takes "#id"', async () => {
    const rows = [stored(1), stored(2), stored(3), stored(4)];
    const p = await plan('sumgait industrial park\r\nNowhere\r\nTwin\r\n#9\r\n', { row: 0, col: 4 }, rows);
    expect(p.updates.filter((u) => 'clusterId' in u.values).map((u) => [u.id, u.values.clusterId])).toEqual([
      [1, 7],
      [4, 9],
    ]);
    expect(p.issues.map((i) => [i.row, i.message.code])).toEqual([
      [1, 'noRecordNamed'],
      [2, 'severalRecordsNamed'],
    ]);
  });

  it('reports cells beyond the last column rather than dropping them silently', async () => {
    const p = await plan('note\textra\r\n', { row: 0, col: columns.length - 1 }, [stored(1)]);
    expect(p.issues.map((i) => [i.col, i.text, i.message.code])).toEqual([[columns.length, 'extra', 'beyondLastColumn']]);
  });

  it('leaves out cells that do not change, and rows with nothing to change', async () => {
    const p = await plan('Project 1\tAZ\r\n', { row: 0, col: 0 }, [stored(1)]);
    expect(p.updates).toEqual([]);
    expect(allWrites(p)).toEqual({ creates: [], updates: [] });
  });

  it('plans a block of 10,000 rows with a few bad ones quickly, naming only the bad cells', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `Bulk ${i}\tAZ\tHydrogen\t${i % 2500 === 7 ? 'Someday' : 'Idea'}\t\t\t${2030}\t${i}`);
    const started = performance.now();
    const p = await plan(lines.join('\r\n'), { row: 0, col: 0 }, []);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(p.creates).toHaveLength(10_000);
    expect(p.issues.map((i) => [i.row + 1, i.field, i.text])).toEqual([
      [8, 'stage', 'Someday'],
      [2508, 'stage', 'Someday'],
      [5008, 'stage', 'Someday'],
      [7508, 'stage', 'Someday'],
    ]);
    expect(validWrites(p, rules).creates).toHaveLength(9_996);
  });
});
