import { describe, expect, test } from 'vitest';
import type { MethodInput } from '../../db/contract';
import { clusterInput, projectInput } from '../support/records';
import { useWorkspace, type TestWorkspace } from '../support/workspace';

const workspace = useWorkspace();

/** Five projects as an analyst might enter them: mixed case, blanks, characters LIKE treats specially. */
async function pipeline() {
  const ws = await workspace();
  const add = (over: Parameters<typeof projectInput>[0]) => ws.value('projects.create', projectInput(over));
  const polypropylene = await add({ name: 'Polypropylene plant', capex: 650, stage: 'construction', startYear: 2025, notes: 'SOCAR Polymer joint venture' });
  const hydrogen = await add({ name: 'Green hydrogen pilot', stage: 'idea', category: 'hydrogen', startYear: 2030 });
  const solar = await add({ name: 'solar farm 100% share', capex: 200, stage: 'operational', category: 'renewable_power', startYear: 2023 });
  const ccus = await add({ name: 'Carbon capture (CCUS) unit', capex: 1200, stage: 'feasibility', category: 'ccus' });
  const battery = await add({ name: 'Battery_storage', stage: 'idea', category: 'energy_storage' });
  return { ws, polypropylene, hydrogen, solar, ccus, battery };
}

const names = async (ws: TestWorkspace, query: MethodInput<'projects.list'>) => {
  const page = await ws.value('projects.list', query);
  return page.rows.map((r) => r.name);
};

describe('list search', () => {
  test('finds a word in the name or the notes, whatever its case', async () => {
    const { ws } = await pipeline();
    expect(await names(ws, { search: 'PLANT' })).toEqual(['Polypropylene plant']);
    expect(await names(ws, { search: 'joint venture' })).toEqual(['Polypropylene plant']);
    expect(await names(ws, { search: 'hydrogen' })).toEqual(['Green hydrogen pilot']);
    expect(await names(ws, { search: '  hydrogen  ' })).toEqual(['Green hydrogen pilot']);
  });

  test('treats % and _ as the characters they are, not as wildcards', async () => {
    const { ws } = await pipeline();
    expect(await names(ws, { search: '100%' })).toEqual(['solar farm 100% share']);
    expect(await names(ws, { search: '%' })).toEqual(['solar farm 100% share']);
    expect(await names(ws, { search: '_' })).toEqual(['Battery_storage']);
  });

  test('an empty or blank search lists everything', async () => {
    const { ws } = await pipeline();
    expect((await names(ws, { search: '' })).length).toBe(5);
    expect((await names(ws, { search: '   ' })).length).toBe(5);
  });

  test('finds names written in Cyrillic or Azerbaijani letters whatever their case', async () => {
    const ws = await workspace();
    await ws.value('clusters.create', clusterInput({ name: 'Сумгаитский химико-промышленный парк' }));
    await ws.value('clusters.create', clusterInput({ name: 'Balaxanı Sənaye Parkı', kind: 'industrial_park' }));
    const search = async (search: string) => (await ws.value('clusters.list', { search })).rows.map((r) => r.name);
    expect(await search('сумгаит')).toEqual(['Сумгаитский химико-промышленный парк']);
    expect(await search('СУМГАИТ')).toEqual(['Сумгаитский химико-промышленный парк']);
    expect(await search('SƏNAYE')).toEqual(['Balaxanı Sənaye Parkı']);
    expect(await search('parkı')).toEqual(['Balaxanı Sənaye Parkı']);
  });
});

describe('list sort', () => {
  test('by name, ascending and descending, ignoring case', async () => {
    const { ws } = await pipeline();
    const asc = ['Battery_storage', 'Carbon capture (CCUS) unit', 'Green hydrogen pilot', 'Polypropylene plant', 'solar farm 100% share'];
    expect(await names(ws, { sort: { field: 'name', dir: 'asc' } })).toEqual(asc);
    expect(await names(ws, { sort: { field: 'name', dir: 'desc' } })).toEqual([...asc].reverse());
    expect(await names(ws, {}), 'the default order is by name').toEqual(asc);
  });

  test('by a number, with blanks last in both directions', async () => {
    const { ws } = await pipeline();
    const capex = async (dir: 'asc' | 'desc') => (await ws.value('projects.list', { sort: { field: 'capex', dir } })).rows.map((r) => r.capex);
    expect(await capex('asc')).toEqual([200, 650, 1200, null, null]);
    expect(await capex('desc')).toEqual([1200, 650, 200, null, null]);
  });

  test('by a year, with blanks last', async () => {
    const { ws } = await pipeline();
    const years = async (dir: 'asc' | 'desc') => (await ws.value('projects.list', { sort: { field: 'startYear', dir } })).rows.map((r) => r.startYear);
    expect(await years('asc')).toEqual([2023, 2025, 2030, null, null]);
    expect(await years('desc')).toEqual([2030, 2025, 2023, null, null]);
  });

  test('by creation, newest first', async () => {
    const { ws, polypropylene, battery } = await pipeline();
    const rows = (await ws.value('projects.list', { sort: { field: 'id', dir: 'desc' } })).rows;
    expect(rows[0].id).toBe(battery.id);
    expect(rows.at(-1)!.id).toBe(polypropylene.id);
  });
});

describe('list filters', () => {
  test('contains: a case-insensitive substring of one column', async () => {
    const { ws } = await pipeline();
    expect(await names(ws, { filters: [{ field: 'name', op: 'contains', value: 'PLANT' }] })).toEqual(['Polypropylene plant']);
    expect(await names(ws, { filters: [{ field: 'notes', op: 'contains', value: 'plant' }] })).toEqual([]);
  });

  test('range: inclusive bounds, either of which may be left open', async () => {
    const { ws } = await pipeline();
    expect(await names(ws, { filters: [{ field: 'capex', op: 'range', min: 200, max: 650 }] })).toEqual(['Polypropylene plant', 'solar farm 100% share']);
    expect(await names(ws, { filters: [{ field: 'capex', op: 'range', min: 651 }] })).toEqual(['Carbon capture (CCUS) unit']);
    expect(await names(ws, { filters: [{ field: 'capex', op: 'range', max: 199.99 }] })).toEqual([]);
    expect((await names(ws, { filters: [{ field: 'capex', op: 'range', min: null, max: null }] })).length).toBe(5);
  });

  test('in: any of the chosen values; none chosen matches nothing', async () => {
    const { ws } = await pipeline();
    expect(await names(ws, { filters: [{ field: 'stage', op: 'in', values: ['idea', 'feasibility'] }] })).toEqual([
      'Battery_storage',
      'Carbon capture (CCUS) unit',
      'Green hydrogen pilot',
    ]);
    expect(await names(ws, { filters: [{ field: 'stage', op: 'in', values: [] }] })).toEqual([]);
    expect(await names(ws, { filters: [{ field: 'startYear', op: 'in', values: ['2023', '2030'] }] })).toEqual(['Green hydrogen pilot', 'solar farm 100% share']);
  });

  test('in on clusters.sectors: clusters with any of the chosen sectors, matched whole', async () => {
    const ws = await workspace();
    await ws.value('clusters.create', clusterInput({ name: 'Sumgait', sectors: ['chemicals', 'polymers'] }));
    await ws.value('clusters.create', clusterInput({ name: 'Ganja', sectors: ['steel', 'aluminium'] }));
    await ws.value('clusters.create', clusterInput({ name: 'Alat', kind: 'special_economic_zone', sectors: ['hydrogen', 'power'] }));
    await ws.value('clusters.create', clusterInput({ name: 'Empty', sectors: [] }));
    const sectors = async (values: string[]) =>
      (await ws.value('clusters.list', { filters: [{ field: 'sectors', op: 'in', values }] })).rows.map((r) => r.name);
    expect(await sectors(['polymers', 'power'])).toEqual(['Alat', 'Sumgait']);
    expect(await sectors(['steel'])).toEqual(['Ganja']);
    expect(await sectors(['chem'])).toEqual([]);
    expect(await sectors([])).toEqual([]);
  });

  test('eq: a value, or null for the blanks', async () => {
    const { ws } = await pipeline();
    expect(await names(ws, { filters: [{ field: 'capex', op: 'eq', value: null }] })).toEqual(['Battery_storage', 'Green hydrogen pilot']);
    expect(await names(ws, { filters: [{ field: 'stage', op: 'eq', value: 'operational' }] })).toEqual(['solar farm 100% share']);
    expect(await names(ws, { filters: [{ field: 'startYear', op: 'eq', value: 2025 }] })).toEqual(['Polypropylene plant']);
  });

  test('several filters and a search all apply together', async () => {
    const { ws } = await pipeline();
    const query: MethodInput<'projects.list'> = {
      search: 'a',
      filters: [
        { field: 'stage', op: 'in', values: ['idea', 'construction', 'feasibility'] },
        { field: 'capex', op: 'range', min: 100 },
      ],
    };
    expect(await names(ws, query)).toEqual(['Carbon capture (CCUS) unit', 'Polypropylene plant']);
    expect((await ws.value('projects.list', query)).total).toBe(2);
  });

  test('a field that is not a column of the table is refused before any SQL runs', async () => {
    const { ws } = await pipeline();
    const error = await ws.error('projects.list', { sort: { field: 'name; DROP TABLE projects' as 'name', dir: 'asc' } });
    expect(error.code).toBe('VALIDATION');
    expect(error.details).toMatchObject({ issues: [{ field: 'sort.field' }] });
    expect(ws.count('projects')).toBe(5);
  });
});

describe('list paging', () => {
  test('pages through the rows in order, each page telling the total', async () => {
    const { ws } = await pipeline();
    const page = (offset: number) => ws.value('projects.list', { sort: { field: 'name', dir: 'asc' }, limit: 2, offset });
    const pages = await Promise.all([page(0), page(2), page(4), page(6)]);
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5, 5]);
    expect(pages.map((p) => p.rows.map((r) => r.name))).toEqual([
      ['Battery_storage', 'Carbon capture (CCUS) unit'],
      ['Green hydrogen pilot', 'Polypropylene plant'],
      ['solar farm 100% share'],
      [],
    ]);
  });

  test('the total counts the filtered rows, not the page', async () => {
    const { ws } = await pipeline();
    const page = await ws.value('projects.list', { filters: [{ field: 'stage', op: 'eq', value: 'idea' }], limit: 1 });
    expect(page.rows.length).toBe(1);
    expect(page.total).toBe(2);
  });

  test('without a limit a page holds at most 100 rows', async () => {
    const ws = await workspace();
    ws.seed((w) => {
      for (let i = 0; i < 120; i++) w.repos.sources.create({ title: `Source ${String(i).padStart(3, '0')}` });
    });
    const page = await ws.value('sources.list', {});
    expect(page.rows.length).toBe(100);
    expect(page.total).toBe(120);
  });
});
