import { describe, expect, test } from 'vitest';
import { planImport } from '../../../db/io';
import { Cancelled } from '../../../db/io/cancel';
import { memoryLookup } from './support/memory-lookup';
import { request, sheet } from './support/plan-input';

const cluster = { id: 7, name: 'Sumgait Chemical Industrial Park' };
const existingProject = {
  id: 3,
  version: 2,
  createdAt: 'x',
  updatedAt: 'x',
  name: 'Polypropylene plant',
  clusterId: null,
  country: 'AZ',
  category: 'manufacturing_localisation',
  stage: 'construction',
  capex: 650,
  capexLow: 600,
  capexHigh: null,
  notes: 'kept',
};
const lookup = memoryLookup({ clusters: [cluster], projects: [existingProject] });

const projects = sheet(
  ['Name', 'Cluster', 'Country', 'Category', 'Stage', 'Capex', 'Signed on'],
  [
    ['Electric buses', 'sumgait chemical industrial park', 'Azerbaijan', 'Electrification of transport', 'MoU signed', '1,200.5', '12.11.2024'],
    ['Battery plant', null, 'AE', 'energy_storage', 'fid', '', '2024-11'],
  ],
);

describe('planImport', () => {
  test('converts, resolves and checks every row; clean rows make a clean plan', () => {
    const plan = planImport(projects, request('projects', projects), lookup);
    expect(plan.errors).toBe(0);
    expect(plan.counts).toEqual({ insert: 2, update: 0, skip: 0, invalid: 0 });
    expect(plan.rows[0]).toMatchObject({
      row: 2,
      action: 'insert',
      names: { clusterId: 'sumgait chemical industrial park' },
      record: { name: 'Electric buses', clusterId: 7, country: 'AZ', category: 'transport_electrification', stage: 'mou', capex: 1200.5, signedOn: '2024-11-12', notes: null },
    });
    expect(plan.rows[1].record).toMatchObject({ clusterId: null, capex: null, signedOn: '2024-11' });
    expect(plan.order).toEqual([0, 1]);
  });

  test('a clean row and a row with problems are checked by the same field rules', () => {
    const s = sheet(
      ['Name', 'Country', 'Category', 'Stage', 'Capex', 'Start year'],
      [
        ['Wind farm', 'AZ', 'hydrogen', 'idea', '12', '2030'],
        ['Solar park', 'AZ', 'hydrogen', 'idea', '-1', '2200'],
      ],
    );
    const plan = planImport(s, request('projects', s, { onMatch: 'insert' }), lookup);
    expect(plan.rows[0]).toMatchObject({ issues: [], record: { name: 'Wind farm', capex: 12, startYear: 2030 } });
    expect(plan.issues.map((i) => [i.row, i.column, i.value, i.problem])).toEqual([
      [3, 'Capex', '-1', 'must not be negative'],
      [3, 'Start year', '2200', 'must be 2100 or earlier'],
    ]);
  });

  test('every problem names its row, column and value', () => {
    const s = sheet(['Name', 'Country', 'Category', 'Stage', 'Capex', 'Start year'], [['', 'Atlantis', 'hydrogen', 'planned', '-5', '1850']]);
    const plan = planImport(s, request('projects', s, { onMatch: 'insert' }), lookup);
    expect(plan.issues.map((i) => [i.row, i.column, i.value, i.problem])).toEqual([
      [2, 'Country', 'Atlantis', 'is not a country; write a two-letter ISO code such as AZ, or the country name'],
      [2, 'Stage', 'planned', expect.stringMatching(/^is not one of: Idea, MoU/)],
      [2, 'Capex', '-5', 'must not be negative'],
      [2, 'Start year', '1850', 'must be 1900 or later'],
      [2, 'Name', '', 'is required for a new project'],
    ]);
    expect(plan.counts.invalid).toBe(1);
  });

  test('a required field with no column is one mapping problem, not one per row', () => {
    const s = sheet(['Name', 'Category', 'Stage'], [['A', 'hydrogen', 'idea'], ['B', 'hydrogen', 'idea']]);
    const plan = planImport(s, request('projects', s), lookup);
    expect(plan.issues).toEqual([expect.objectContaining({ row: null, column: 'Country', severity: 'error' })]);
  });

  test('names that match no record are listed; the analyst may leave them empty instead', () => {
    const s = sheet(['Name', 'Cluster', 'Country', 'Category', 'Stage'], [
      ['A', 'Kakinada Cluster', 'IN', 'hydrogen', 'idea'],
      ['B', 'Kakinada Cluster', 'IN', 'hydrogen', 'idea'],
      ['C', 'Saraburi Sandbox', 'TH', 'efficiency', 'idea'],
    ]);
    const strict = planImport(s, request('projects', s), lookup);
    expect(strict.errors).toBe(3);
    expect(strict.unresolved).toEqual([{ column: 'Cluster', table: 'clusters', names: ['Kakinada Cluster', 'Saraburi Sandbox'], rows: [2, 3, 4] }]);
    expect(strict.issues[0].problem).toMatch(/^matches no cluster. Add it first/);
    const lenient = planImport(s, request('projects', s, { unresolved: 'leave-empty' }), lookup);
    expect([lenient.errors, lenient.warnings]).toEqual([0, 3]);
    expect(lenient.rows[0].record.clusterId).toBeNull();
  });

  test('a name shared by two records is not guessed', () => {
    const twin = memoryLookup({ clusters: [cluster, { ...cluster, id: 8 }] });
    const plan = planImport(projects, request('projects', projects), twin);
    expect(plan.issues[0]).toMatchObject({ row: 2, column: 'Cluster', problem: expect.stringMatching(/^matches 2 clusters with this name/) });
  });

  test('a row matching a record by name updates only the mapped fields; the rules see the merged record', () => {
    const s = sheet(['Name', 'Stage', 'Capex'], [['polypropylene PLANT', 'operational', '700']]);
    const plan = planImport(s, request('projects', s), lookup);
    expect(plan.errors).toBe(0);
    expect(plan.rows[0]).toMatchObject({ action: 'update', id: 3, version: 2, patch: { name: 'polypropylene PLANT', stage: 'operational', capex: 700 } });
    expect(plan.rows[0].record).toMatchObject({ notes: 'kept', capexLow: 600, stage: 'operational' });
    const bad = sheet(['Name', 'Capex'], [['Polypropylene plant', '500']]);
    expect(planImport(bad, request('projects', bad), lookup).issues[0]).toMatchObject({ column: 'Capex low', problem: 'must not exceed capex (500)' });
  });

  test('matched rows can be skipped (unchecked) or added as new records', () => {
    const s = sheet(['Name', 'Capex'], [['Polypropylene plant', 'not a number']]);
    const skip = planImport(s, request('projects', s, { onMatch: 'skip' }), lookup);
    expect(skip).toMatchObject({ errors: 0, counts: { skip: 1 } });
    const full = sheet(['Name', 'Country', 'Category', 'Stage'], [['Polypropylene plant', 'AZ', 'hydrogen', 'idea']]);
    expect(planImport(full, request('projects', full, { onMatch: 'insert' }), lookup).rows[0]).toMatchObject({ action: 'insert', id: null });
  });

  test('matching by ID needs the ID column; an unknown ID is a new record', () => {
    const s = sheet(['ID', 'Name', 'Country', 'Category', 'Stage'], [['3', 'Renamed plant', 'AZ', 'hydrogen', 'idea'], ['99', 'New', 'AZ', 'hydrogen', 'idea']]);
    const plan = planImport(s, request('projects', s, { matchBy: 'id' }), lookup);
    expect(plan.rows.map((r) => [r.action, r.id])).toEqual([
      ['update', 3],
      ['insert', null],
    ]);
    expect(plan.rows[0].patch).not.toHaveProperty('id');
    const noId = sheet(['Name'], [['x']]);
    expect(planImport(noId, request('projects', noId, { matchBy: 'id' }), lookup).issues[0]).toMatchObject({ column: 'ID', row: null });
  });

  test('two rows cannot change one record, nor share a name when names identify rows', () => {
    const s = sheet(['Name', 'Country', 'Category', 'Stage'], [
      ['Polypropylene plant', 'AZ', 'hydrogen', 'idea'],
      ['polypropylene plant', 'AZ', 'hydrogen', 'idea'],
      ['New', 'AZ', 'hydrogen', 'idea'],
      ['NEW', 'AZ', 'hydrogen', 'idea'],
    ]);
    const plan = planImport(s, request('projects', s), lookup);
    expect(plan.issues.map((i) => [i.row, i.problem])).toEqual([
      [3, 'matches the same record as row 2; keep one of the two rows'],
      [5, 'is also the name on row 4; names must be unique in the file when rows are matched by name'],
    ]);
  });

  test('ambiguous numbers are warnings that say how they were read; they do not stop the import', () => {
    const s = sheet(['Name', 'Country', 'Category', 'Stage', 'Capex'], [['A', 'AZ', 'hydrogen', 'idea', '12,345']]);
    const plan = planImport(s, request('projects', s), lookup);
    expect([plan.errors, plan.warnings, plan.rows[0].record.capex]).toEqual([0, 1, 12345]);
    expect(plan.issues[0]).toMatchObject({ severity: 'warning', column: 'Capex', value: '12,345' });
  });

  test('a parent organisation in the same file is written first', () => {
    const s = sheet(['Name', 'Kind', 'Parent organisation'], [
      ['SOCAR Polymer', 'state_owned', 'SOCAR'],
      ['SOCAR Downstream', 'state_owned', 'socar'],
      ['SOCAR', 'state_owned', ''],
    ]);
    const plan = planImport(s, request('partners', s), memoryLookup({}));
    expect(plan.errors).toBe(0);
    expect(plan.rows[0].pending).toEqual({ parentId: 2 });
    expect(plan.order.indexOf(2)).toBeLessThan(plan.order.indexOf(0));
    expect(plan.order.indexOf(2)).toBeLessThan(plan.order.indexOf(1));
  });

  test('a partner cannot be its own parent, and parents cannot form a loop', () => {
    const s = sheet(['Name', 'Kind', 'Parent organisation'], [
      ['A', 'private', 'A'],
      ['B', 'private', 'C'],
      ['C', 'private', 'B'],
      ['D', 'private', 'Nobody'],
    ]);
    const plan = planImport(s, request('partners', s), memoryLookup({}));
    expect(plan.issues.map((i) => [i.row, i.problem])).toEqual([
      [2, "is this row's own name; a partner cannot refer to itself"],
      [3, 'forms a loop with rows 3, 4, each naming the next as its parent; break the loop'],
      [4, 'forms a loop with rows 3, 4, each naming the next as its parent; break the loop'],
      [5, expect.stringMatching(/^matches no partner/)],
    ]);
    expect(plan.unresolved).toEqual([{ column: 'Parent organisation', table: 'partners', names: ['Nobody'], rows: [5] }]);
  });

  test('indicators name their subject in the table their subject type says', () => {
    const s = sheet(['Subject type', 'Subject', 'Country', 'Metric', 'Year', 'Value', 'Unit'], [
      ['cluster', 'Sumgait Chemical Industrial Park', '', 'jobs', '2025', '12 000', 'jobs'],
      ['country', '', 'AZ', 'emissions', '2024', '(3.5)', 'Mt'],
      ['country', 'Sumgait Chemical Industrial Park', '', 'emissions', '2024', '1', 'Mt'],
      ['project', '', '', 'capex', '2024', '1', 'USD m'],
    ]);
    const plan = planImport(s, request('indicators', s, { onMatch: 'insert' }), lookup);
    expect(plan.rows[0].record).toMatchObject({ subjectType: 'cluster', subjectId: 7, value: 12000 });
    expect(plan.rows[1].record).toMatchObject({ subjectType: 'country', subjectId: null, country: 'AZ', value: -3.5 });
    expect(plan.issues.map((i) => [i.row, i.column, i.problem])).toEqual([
      [4, 'Subject', 'must be empty when the subject type is country; the country column names the country'],
      [4, 'Country', 'is required when the subject type is country'],
      [5, 'Subject', 'must name the project this value is about'],
    ]);
  });

  test('indicators match by subject, metric, year and date, and can be skipped but not updated', () => {
    const indicator = { id: 5, subjectType: 'cluster', subjectId: 7, country: null, metric: 'Jobs', year: 2025, observedOn: null };
    const both = memoryLookup({ clusters: [cluster], indicators: [indicator] });
    const s = sheet(['Subject type', 'Subject', 'Metric', 'Year', 'Value', 'Unit'], [['cluster', 'Sumgait Chemical Industrial Park', 'jobs', '2025', '1', 'jobs']]);
    expect(planImport(s, request('indicators', s, { onMatch: 'skip' }), both).rows[0]).toMatchObject({ action: 'skip', id: 5 });
    expect(planImport(s, request('indicators', s, { onMatch: 'update' }), both).issues[0]).toMatchObject({ row: 2, column: 'Metric', problem: expect.stringMatching(/^matches observation 5, and observations cannot be updated/) });
    const other = sheet(s.header, [['cluster', 'Sumgait Chemical Industrial Park', 'jobs', '2026', '1', 'jobs']]);
    expect(planImport(other, request('indicators', other, { onMatch: 'update' }), both)).toMatchObject({ errors: 0, counts: { insert: 1 } });
  });

  test('reports progress per chunk and stops when the signal is raised', () => {
    const many = sheet(['Name', 'Country', 'Category', 'Stage'], Array.from({ length: 2500 }, (_, i) => [`P${i}`, 'AZ', 'hydrogen', 'idea']));
    const seen: number[] = [];
    planImport(many, request('projects', many), lookup, { onProgress: (p) => seen.push(p.done) });
    expect(seen).toEqual([0, 1000, 2000, 2500]);
    const controller = new AbortController();
    const stop = () =>
      planImport(many, request('projects', many), lookup, {
        signal: controller.signal,
        onProgress: (p) => (p.done === 1000 ? controller.abort() : undefined),
      });
    expect(stop).toThrow(Cancelled);
  });

  test('file-level issues, such as ragged rows, are part of the report', () => {
    const s = { ...projects, issues: [{ row: 9, column: null, value: 'x', code: 'csv.tooFewValues' as const, params: { count: 1, columns: 7 }, problem: 'has 1 values but the header has 7 columns.', severity: 'error' as const }] };
    expect(planImport(s, request('projects', s), lookup).errors).toBe(1);
  });
});
