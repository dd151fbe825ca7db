import { describe, expect, test } from 'vitest';
import type { MethodInput } from '../../../db/contract';
import { sourceInput } from '../../support/records';
import { useWorkspace } from '../../support/workspace';

const open = useWorkspace();

const countryValue = (over: Partial<MethodInput<'observations.create'>> = {}): MethodInput<'observations.create'> => ({
  subjectType: 'country',
  country: 'AZ',
  metric: 'emissions',
  year: 2022,
  value: 41.2,
  unit: 'Mt CO2e',
  ...over,
});

describe('indicator observations as an editable table', () => {
  test('an edit is logged whole, undone and redone, and every step moves the version on', async () => {
    const w = await open();
    const created = await w.value('observations.create', countryValue());
    const updated = await w.value('observations.update', { id: created.id, version: created.version, values: { value: 40.1 } });
    expect(updated.version).toBe(2);

    const [entry] = await w.value('history.record', { table: 'indicator_observations', id: created.id });
    expect(entry.changes).toEqual([{ field: 'value', before: 41.2, after: 40.1 }]);

    expect((await w.value('history.undo', undefined)).step?.method).toBe('observations.update');
    const undone = await w.value('observations.get', { id: created.id });
    expect([undone.value, undone.version]).toEqual([41.2, 3]);

    await w.value('history.redo', undefined);
    const redone = await w.value('observations.get', { id: created.id });
    expect([redone.value, redone.version]).toEqual([40.1, 4]);
  });

  test('a stale version is refused as a conflict and nothing is written', async () => {
    const w = await open();
    const created = await w.value('observations.create', countryValue());
    await w.value('observations.update', { id: created.id, version: 1, values: { year: 2023 } });
    const before = w.count('change_log');
    const err = await w.error('observations.update', { id: created.id, version: 1, values: { year: 2024 } });
    expect(err.code).toBe('CONFLICT');
    expect(w.count('change_log')).toBe(before);
    expect((await w.value('observations.get', { id: created.id })).year).toBe(2023);
  });

  test('rows written by the link writer (sample, import) undo and redo with the same codec', async () => {
    const w = await open();
    const id = w.seed((ws) => ws.links.add('indicator_observations', { subjectType: 'country', country: 'AZ', metric: 'jobs', year: 2023, value: 1, unit: 'jobs' }));
    const row = await w.value('observations.get', { id });
    await w.value('observations.delete', { id, version: row.version });
    await w.value('history.undo', undefined);
    const back = await w.value('observations.get', { id });
    expect([back.metric, back.value, back.version]).toEqual(['jobs', 1, 2]);

    // A grid edit, then the seed itself (a link-writer insert): both undo, as the logged rows match the stored one.
    await w.value('observations.update', { id, version: back.version, values: { value: 2 } });
    await w.value('history.undo', undefined);
    expect((await w.value('observations.get', { id })).value).toBe(1);
    expect((await w.value('history.undo', undefined)).step?.method).toBe('test.seed');
    expect(w.count('indicator_observations')).toBe(0);
  });

  test('a paste of observations is one step, and a bad row names itself and writes nothing', async () => {
    const w = await open();
    const source = await w.value('sources.create', sourceInput());
    const before = w.count('change_log');
    const err = await w.error('observations.apply', {
      creates: [countryValue({ sourceId: source.id }), countryValue({ country: null }), countryValue()],
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/^creates\[1\]: country/);
    expect([w.count('indicator_observations'), w.count('change_log')]).toEqual([0, before]);

    await w.value('observations.apply', { creates: [countryValue({ sourceId: source.id }), countryValue({ year: 2023 })] });
    expect((await w.value('observations.list', { sort: { field: 'year', dir: 'asc' } })).rows.map((r) => r.year)).toEqual([2022, 2023]);
    await w.value('history.undo', undefined);
    expect(w.count('indicator_observations')).toBe(0);
  });

  test('the subject must exist in the table its type names', async () => {
    const w = await open();
    const err = await w.error('observations.create', countryValue({ subjectType: 'cluster', country: null, subjectId: 99 }));
    expect(err.code).toBe('VALIDATION');
    expect(err.details).toMatchObject({ issues: [{ field: 'subjectId', code: 'missingReference' }] });
    const missing = await w.error('observations.create', countryValue({ subjectType: 'project', country: null }));
    expect(missing.details).toMatchObject({ issues: [{ field: 'subjectId', code: 'subjectRequired' }] });
  });

  test('indicators.list, the read model of the detail views, sees the edited rows', async () => {
    const w = await open();
    const created = await w.value('observations.create', countryValue());
    await w.value('observations.update', { id: created.id, version: 1, values: { metric: 'emissions, energy' } });
    expect((await w.value('indicators.list', { subjectType: 'country' })).map((r) => r.metric)).toEqual(['emissions, energy']);
  });
});
