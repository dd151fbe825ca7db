import { describe, expect, test } from 'vitest';
import { useWorkspace } from '../support/workspace';

const open = useWorkspace();

/** A workspace with one cluster and two projects to override. */
async function portfolio() {
  const ws = await open();
  const cluster = await ws.value('clusters.create', { name: 'Sumgait', country: 'AZ', kind: 'industrial_park' });
  const plant = await ws.value('projects.create', { name: 'Battery plant', country: 'AZ', category: 'energy_storage', stage: 'mou', clusterId: cluster.id });
  const bus = await ws.value('projects.create', { name: 'Bus plant', country: 'AZ', category: 'manufacturing_localisation', stage: 'fid' });
  return { ws, cluster, plant, bus };
}

const base = { name: 'Base', horizonStart: 2025, horizonEnd: 2040 };
const fieldsOf = (error: { details?: unknown }) => ((error.details as { issues?: { field: string }[] }).issues ?? []).map((i) => i.field);

describe('scenarios', () => {
  test('create, get and update keep the assumptions as given, versioned like other records', async () => {
    const { ws } = await portfolio();
    const s = await ws.value('scenarios.create', { ...base, assumptions: { delayYears: 1, stageProbabilityPct: { mou: 25 } } });
    expect(s).toMatchObject({ version: 1, parentId: null, description: null, illustrative: false, assumptions: { delayYears: 1, stageProbabilityPct: { mou: 25 } } });
    const updated = await ws.value('scenarios.update', { id: s.id, version: 1, values: { description: 'Slower', assumptions: { delayYears: 2 } } });
    expect(updated).toMatchObject({ version: 2, description: 'Slower', assumptions: { delayYears: 2 } });
    expect(await ws.value('scenarios.get', { id: s.id })).toEqual(updated);
    expect(ws.events.map((e) => e.tables)).toEqual([['clusters'], ['projects'], ['projects'], ['scenarios'], ['scenarios']]);
  });

  test('assumptions are checked against the engine\'s: a probability over 100 % or an unknown key is refused, naming the field', async () => {
    const { ws } = await portfolio();
    const over = await ws.error('scenarios.create', { ...base, assumptions: { stageProbabilityPct: { fid: 120 } } });
    expect(over.code).toBe('VALIDATION');
    expect(fieldsOf(over)).toEqual(['assumptions.stageProbabilityPct.fid']);
    const unknown = await ws.error('scenarios.create', { ...base, assumptions: { speed: 2 } as never });
    expect(fieldsOf(unknown)).toEqual(['assumptions']);
    const cancelled = await ws.error('scenarios.create', { ...base, assumptions: { minStage: 'cancelled' as never } });
    expect(fieldsOf(cancelled)).toEqual(['assumptions.minStage']);
    expect(ws.count('scenarios')).toBe(0);
  });

  test('a horizon that ends before it starts is refused on create and on update, naming horizonEnd', async () => {
    const { ws } = await portfolio();
    const bad = await ws.error('scenarios.create', { ...base, horizonStart: 2040, horizonEnd: 2030 });
    expect(bad.code).toBe('VALIDATION');
    expect(fieldsOf(bad)).toEqual(['horizonEnd']);
    const s = await ws.value('scenarios.create', base);
    const later = await ws.error('scenarios.update', { id: s.id, version: s.version, values: { horizonStart: 2041 } });
    expect(fieldsOf(later)).toEqual(['horizonEnd']);
    expect(later.message).toContain('before the horizon starts');
  });

  test('a parent that would make a cycle is refused, naming parentId; a missing parent too', async () => {
    const { ws } = await portfolio();
    const a = await ws.value('scenarios.create', { ...base, name: 'A' });
    const b = await ws.value('scenarios.create', { ...base, name: 'B', parentId: a.id });
    const c = await ws.value('scenarios.create', { ...base, name: 'C', parentId: b.id });
    const cycle = await ws.error('scenarios.update', { id: a.id, version: a.version, values: { parentId: c.id } });
    expect(cycle.code).toBe('VALIDATION');
    expect(fieldsOf(cycle)).toEqual(['parentId']);
    expect(cycle.message).toMatch(/own parent/);
    const self = await ws.error('scenarios.update', { id: a.id, version: a.version, values: { parentId: a.id } });
    expect(fieldsOf(self)).toEqual(['parentId']);
    expect(fieldsOf(await ws.error('scenarios.create', { ...base, name: 'D', parentId: 999 }))).toEqual(['parentId']);
    expect((await ws.value('scenarios.get', { id: a.id })).parentId).toBeNull();
  });

  test('a stale version is a CONFLICT and changes nothing; a name is used once', async () => {
    const { ws } = await portfolio();
    const s = await ws.value('scenarios.create', base);
    await ws.value('scenarios.update', { id: s.id, version: 1, values: { description: 'first' } });
    const stale = await ws.error('scenarios.update', { id: s.id, version: 1, values: { description: 'second' } });
    expect(stale.code).toBe('CONFLICT');
    expect((await ws.value('scenarios.get', { id: s.id })).description).toBe('first');
    expect((await ws.error('scenarios.delete', { id: s.id, version: 1 })).code).toBe('CONFLICT');
    const twin = await ws.error('scenarios.create', { ...base, name: ' Base ' });
    expect([twin.code, fieldsOf(twin)]).toEqual(['VALIDATION', ['name']]);
  });

  test('a scenario with children or in a saved comparison cannot be deleted; otherwise its overrides go with it', async () => {
    const { ws, plant } = await portfolio();
    const parent = await ws.value('scenarios.create', base);
    const child = await ws.value('scenarios.create', { ...base, name: 'Child', parentId: parent.id });
    expect((await ws.error('scenarios.delete', { id: parent.id, version: parent.version })).message).toMatch(/1 child scenarios/);
    const saved = await ws.value('comparisons.create', { name: 'Both', scenarioIds: [parent.id, child.id] });
    const used = await ws.error('scenarios.delete', { id: child.id, version: child.version });
    expect([used.code, used.message]).toEqual(['CONSTRAINT', expect.stringContaining('"Both"')]);
    await ws.value('comparisons.delete', { id: saved.id, version: saved.version });
    await ws.value('scenarioOverrides.update', { scenarioId: child.id, projectId: plant.id, values: { delayYears: 2 } });
    await ws.value('scenarios.delete', { id: child.id, version: child.version });
    expect(ws.count('scenario_overrides')).toBe(0);
    expect(ws.events.at(-1)!.tables.sort()).toEqual(['scenario_overrides', 'scenarios']);
  });
});

describe('overrides', () => {
  const setup = async () => {
    const p = await portfolio();
    const s = await p.ws.value('scenarios.create', base);
    return { ...p, s };
  };

  test('set and remove fields per project or cluster; the inputs give them to the engine by id', async () => {
    const { ws, s, plant, cluster } = await setup();
    const rows = await ws.value('scenarioOverrides.update', { scenarioId: s.id, projectId: plant.id, values: { delayYears: 2, probabilityPct: 50, include: false } });
    // Written in the order of the engine's fields, whatever the order of the input.
    expect(rows.map((r) => [r.field, r.value])).toEqual([['include', false], ['delayYears', 2], ['probabilityPct', 50]]);
    await ws.value('scenarioOverrides.update', { scenarioId: s.id, clusterId: cluster.id, values: { abatementFactor: 1.5 } });
    const after = await ws.value('scenarioOverrides.update', { scenarioId: s.id, projectId: plant.id, values: { include: null, delayYears: 3 } });
    expect(after.map((r) => [r.field, r.value])).toEqual([['delayYears', 3], ['probabilityPct', 50]]);

    const inputs = await ws.value('scenarios.inputs', { ids: [s.id] });
    expect(inputs.scenarios).toEqual([
      expect.objectContaining({ id: s.id, projectOverrides: { [plant.id]: { delayYears: 3, probabilityPct: 50 } }, clusterOverrides: { [cluster.id]: { abatementFactor: 1.5 } } }),
    ]);
    expect(inputs.projects.map((p) => p.name)).toEqual(['Battery plant', 'Bus plant']);
    expect(inputs.projects[0]).toMatchObject({ startYear: null, abatementKt: null, clusterId: cluster.id, stage: 'mou' });
    expect(inputs.clusters).toEqual([{ id: cluster.id, name: 'Sumgait' }]);

    expect((await ws.value('scenarioOverrides.delete', { scenarioId: s.id, projectId: plant.id })).removed).toBe(2);
    expect(await ws.value('scenarioOverrides.list', { scenarioId: s.id })).toEqual([expect.objectContaining({ clusterId: cluster.id, field: 'abatementFactor', value: 1.5, note: null })]);
  });

  test('values are checked field by field: a probability over 100 %, a fractional delay, an unknown field', async () => {
    const { ws, s, plant } = await setup();
    const over = await ws.error('scenarioOverrides.update', { scenarioId: s.id, projectId: plant.id, values: { probabilityPct: 120 } });
    expect([over.code, fieldsOf(over)]).toEqual(['VALIDATION', ['values.probabilityPct']]);
    expect(over.message).toContain('must not exceed 100 %');
    expect(fieldsOf(await ws.error('scenarioOverrides.update', { scenarioId: s.id, projectId: plant.id, values: { delayYears: 1.5 } }))).toEqual(['values.delayYears']);
    expect(fieldsOf(await ws.error('scenarioOverrides.update', { scenarioId: s.id, projectId: plant.id, values: { speed: 1 } as never }))).toEqual(['values']);
    expect(fieldsOf(await ws.error('scenarioOverrides.update', { scenarioId: s.id, values: { delayYears: 1 } }))).toEqual(['projectId']);
    expect(fieldsOf(await ws.error('scenarioOverrides.update', { scenarioId: s.id, projectId: 999, values: { delayYears: 1 } }))).toEqual(['projectId']);
    expect((await ws.error('scenarioOverrides.update', { scenarioId: 999, projectId: plant.id, values: { delayYears: 1 } })).code).toBe('NOT_FOUND');
    expect(ws.count('scenario_overrides')).toBe(0);
  });

  test('undo takes an override change back to the value before it, and redo applies it again', async () => {
    const { ws, s, plant } = await setup();
    await ws.value('scenarioOverrides.update', { scenarioId: s.id, projectId: plant.id, values: { delayYears: 2 } });
    await ws.value('scenarioOverrides.update', { scenarioId: s.id, projectId: plant.id, values: { delayYears: 4, startYear: 2030 } });
    const values = async () => Object.fromEntries((await ws.value('scenarioOverrides.list', { scenarioId: s.id })).map((r) => [r.field, r.value]));
    expect(await values()).toEqual({ delayYears: 4, startYear: 2030 });

    expect((await ws.value('history.undo', undefined)).step).toMatchObject({ method: 'scenarioOverrides.update' });
    expect(await values()).toEqual({ delayYears: 2 });
    expect(ws.events.at(-1)!.tables).toEqual(['scenario_overrides']);
    await ws.value('history.redo', undefined);
    expect(await values()).toEqual({ delayYears: 4, startYear: 2030 });
  });

  test('deleting a project logs the removal of its overrides, and undo brings both back', async () => {
    const { ws, s, plant } = await setup();
    await ws.value('scenarioOverrides.update', { scenarioId: s.id, projectId: plant.id, values: { delayYears: 2 } });
    const current = await ws.value('projects.get', { id: plant.id });
    await ws.value('projects.delete', { id: plant.id, version: current.version });
    expect(ws.count('scenario_overrides')).toBe(0);
    await ws.value('history.undo', undefined);
    expect((await ws.value('scenarioOverrides.list', { scenarioId: s.id })).map((r) => [r.projectId, r.field, r.value])).toEqual([[plant.id, 'delayYears', 2]]);
  });

  test('undo of a scenario delete restores the scenario and its overrides', async () => {
    const { ws, s, plant } = await setup();
    await ws.value('scenarioOverrides.update', { scenarioId: s.id, projectId: plant.id, values: { abatementKt: 40 }, note: 'assumed' });
    await ws.value('scenarios.delete', { id: s.id, version: s.version });
    await ws.value('history.undo', undefined);
    expect(await ws.value('scenarios.get', { id: s.id })).toMatchObject({ name: 'Base', assumptions: {} });
    expect(await ws.value('scenarioOverrides.list', { scenarioId: s.id })).toEqual([expect.objectContaining({ field: 'abatementKt', value: 40, note: 'assumed' })]);
  });
});

describe('targets and saved comparisons', () => {
  test('a target names its scope: a country or a cluster, not both; updates are versioned', async () => {
    const { ws, cluster } = await portfolio();
    const target = { name: 'National 2030', scopeType: 'country', country: 'AZ', metric: 'abatement', year: 2030, value: 0.2, unit: 'Mt CO2e/yr' } as const;
    const t = await ws.value('targets.create', target);
    expect(fieldsOf(await ws.error('targets.create', { ...target, country: null }))).toEqual(['country']);
    expect(fieldsOf(await ws.error('targets.create', { ...target, scopeType: 'cluster' }))).toEqual(['clusterId']);
    expect(fieldsOf(await ws.error('targets.create', { ...target, scopeType: 'cluster', country: null, clusterId: 999 }))).toEqual(['clusterId']);
    await ws.value('targets.create', { ...target, name: 'Cluster 2035', scopeType: 'cluster', country: null, clusterId: cluster.id, year: 2035 });
    expect((await ws.value('targets.list', undefined)).map((x) => x.name)).toEqual(['National 2030', 'Cluster 2035']);
    await ws.value('targets.update', { id: t.id, version: 1, values: { value: 0.3 } });
    expect((await ws.error('targets.update', { id: t.id, version: 1, values: { value: 0.4 } })).code).toBe('CONFLICT');
    const s = await ws.value('scenarios.create', base);
    expect((await ws.value('scenarios.inputs', { ids: [s.id] })).targets).toEqual([
      { id: t.id, name: 'National 2030', scope: 'country', country: 'AZ', metric: 'abatement', year: 2030, value: 0.3, unit: 'Mt CO2e/yr', sourced: false },
      expect.objectContaining({ name: 'Cluster 2035', scope: 'cluster', clusterId: cluster.id }),
    ]);
  });

  test('a saved comparison names 2-4 distinct scenarios that exist, and keeps its settings', async () => {
    const { ws } = await portfolio();
    const ids = await Promise.all(['A', 'B', 'C', 'D', 'E'].map(async (name) => (await ws.value('scenarios.create', { ...base, name })).id));
    const c = await ws.value('comparisons.create', { name: 'Three', scenarioIds: ids.slice(0, 3) });
    expect(c.settings).toEqual({ metric: 'abatement', riskWeighted: true, year: null, focusScenarioId: null, seed: 1, draws: 2000 });
    expect(fieldsOf(await ws.error('comparisons.create', { name: 'One', scenarioIds: [ids[0]] }))).toEqual(['scenarioIds']);
    expect(fieldsOf(await ws.error('comparisons.create', { name: 'Five', scenarioIds: ids }))).toEqual(['scenarioIds']);
    expect(fieldsOf(await ws.error('comparisons.create', { name: 'Twice', scenarioIds: [ids[0], ids[0]] }))).toEqual(['scenarioIds']);
    expect(fieldsOf(await ws.error('comparisons.create', { name: 'Gone', scenarioIds: [ids[0], 999] }))).toEqual(['scenarioIds']);
    expect(fieldsOf(await ws.error('comparisons.create', { name: 'Three', scenarioIds: ids.slice(0, 2) }))).toEqual(['name']);
    const settings = { ...c.settings, metric: 'cumulative', year: 2030, focusScenarioId: ids[1], draws: 500 } as const;
    const updated = await ws.value('comparisons.update', { id: c.id, version: c.version, values: { settings, scenarioIds: [ids[2], ids[1]] } });
    expect(await ws.value('comparisons.get', { id: c.id })).toEqual(updated);
    expect(updated).toMatchObject({ version: 2, scenarioIds: [ids[2], ids[1]], settings });
    expect(await ws.value('comparisons.list', undefined)).toEqual([updated]);
  });
});

