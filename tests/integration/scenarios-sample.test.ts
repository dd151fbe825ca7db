import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkspaceHost } from '../../db/handlers/host';
import { ILLUSTRATIVE_NOTE } from '../../db/sample/data/scenarios';
import { comparisonView, runScenario, scenarioChain, scenarioKey, targetGaps, type ScenarioResult } from '../../db/scenario';
import { defaultComparisonSettings } from '../../db/schema';
import { inProcessRouter } from '../../electron/router/in-process';
import { routerCalls } from '../support/router-calls';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const hosts: WorkspaceHost[] = [];
afterEach(() => {
  while (hosts.length) hosts.pop()!.close();
});

async function sample() {
  const { router, host } = inProcessRouter();
  hosts.push(host);
  const { value: call } = routerCalls(router);
  await call('workspace.create', { file: join(tempDir(), 'sample.clusterdesk'), sample: true });
  const list = await call('scenarios.list', undefined);
  const id = (name: string) => list.find((s) => s.name === name)!.id;
  const ids = { onTime: id('All signed projects on time'), delay: id('Two-year delay of the battery plant'), pastFid: id('Only projects past FID') };
  const inputs = await call('scenarios.inputs', { ids: [ids.onTime, ids.delay, ids.pastFid] });
  const run = (scenarioId: number): ScenarioResult => {
    const { chain, issues } = scenarioChain(inputs.scenarios, scenarioId);
    expect(issues).toEqual([]);
    const outcome = runScenario(inputs.projects, chain);
    if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '));
    return outcome.result;
  };
  return { call, host, list, ids, inputs, run };
}

/** 2025-2040: the first six years, then the rest, which repeat the sixth (every project is at full abatement by 2029). */
const years = (series: Float64Array) => Array.from(series.slice(0, 6));

describe('the sample\'s scenarios', () => {
  it('are three, the second and third inheriting from the first, all illustrative', async () => {
    const { list, ids } = await sample();
    expect(list.map((s) => [s.name, s.parentName, s.horizonStart, s.horizonEnd, s.illustrative])).toEqual([
      ['All signed projects on time', null, 2025, 2040, true],
      ['Only projects past FID', 'All signed projects on time', 2025, 2040, true],
      ['Two-year delay of the battery plant', 'All signed projects on time', 2025, 2040, true],
    ]);
    expect(list.find((s) => s.id === ids.onTime)!.description).toMatch(/Illustrative/);
  });

  it('keep every assumed number in the scenario, noted as illustrative, with no source; the project records stay facts only', async () => {
    const { call, host, ids } = await sample();
    const overrides = [...(await call('scenarioOverrides.list', { scenarioId: ids.onTime })), ...(await call('scenarioOverrides.list', { scenarioId: ids.delay }))];
    expect(overrides).toHaveLength(12);
    expect(new Set(overrides.map((o) => o.note))).toEqual(new Set([ILLUSTRATIVE_NOTE]));
    const projects = await call('projects.list', { limit: 100 });
    expect(projects.rows.filter((p) => p.startYear !== null || p.abatementKt !== null || p.localisationCurrentPct !== null)).toEqual([]);
    const unsourced = host.ws.db.prepare("SELECT count(*) AS n FROM source_links WHERE entity_type = 'target'").get() as { n: number };
    expect(unsourced.n).toBe(0);
    const [target] = await call('targets.list', undefined);
    expect(target).toMatchObject({ name: expect.stringMatching(/^Illustrative/), scopeType: 'country', country: 'AZ', metric: 'abatement', year: 2030, value: 0.2, sourced: false });
  });

  it('"All signed projects on time" gives the abatement worked out by hand', async () => {
    const { run, ids } = await sample();
    const r = run(ids.onTime);
    // Assumed start years and full abatement (kt CO2e/yr), two ramp-up years (half in the first year):
    // deposit 2026 (20), bus 2027 (10), battery 2027 (100), carbon 2028 (50), waste 2028 (40).
    // 2026: 20/2 = 10; 2027: 20 + 10/2 + 100/2 = 75; 2028: 20 + 10 + 100 + 50/2 + 40/2 = 175; 2029 on: 220.
    expect(years(r.totals.abatementNominal)).toEqual([0, 10, 75, 175, 220, 220]);
    expect(r.totals.abatementNominal.at(-1)).toBe(220);
    // Every counted project is at the MoU stage: 20 % probability of success.
    expect(years(r.totals.abatementRiskWeighted).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([0, 2, 15, 35, 44, 44]);
    // 0 + 10 + 75 + 175 + 220 + 220 = 700 by 2030; ten more years of 220 make 2900 by 2040.
    expect(years(r.totals.cumulativeNominal)).toEqual([0, 10, 85, 260, 480, 700]);
    expect(r.totals.cumulativeNominal.at(-1)).toBe(2900);
    expect(years(r.totals.operatingProjectsNominal)).toEqual([0, 1, 3, 5, 5, 5]);
    // The bus project's 40 % by 2030 (seed 001) from an assumed 10 % in 2025: 6 points a year.
    expect(years(r.totals.localisationPct)).toEqual([10, 16, 22, 28, 34, 40]);
    // The NextGen cluster formation is not signed; no project has capex or jobs.
    expect(r.excluded.filter((e) => e.code === 'not-signed').map((e) => e.name)).toEqual(['NextGen cluster formation, Sumgait Industrial Park']);
    expect(r.excluded.filter((e) => e.code === 'no-capex')).toHaveLength(5);
    expect(Array.from(r.totals.capexNominal).every((v) => v === 0)).toBe(true);
  });

  it('"Two-year delay of the battery plant" differs only while the plant is late, by its 100 kt ramped', async () => {
    const { run, ids } = await sample();
    const r = run(ids.delay);
    // Battery from 2029: 2027: 75 − 50 = 25; 2028: 175 − 100 = 75; 2029: 220 − 100 + 50 = 170; 2030 on: 220.
    expect(years(r.totals.abatementNominal)).toEqual([0, 10, 25, 75, 170, 220]);
    // Cumulative 2030: 700 − 50 − 100 − 50 = 500; the 200 kt lost stay lost to 2040: 2900 − 200 = 2700.
    expect(r.totals.cumulativeNominal[5]).toBe(500);
    expect(r.totals.cumulativeNominal.at(-1)).toBe(2700);
    const battery = r.projects.find((m) => m.project.name === 'Energy battery manufacturing facility')!;
    expect(battery.explained.delayYears).toEqual({ value: 2, from: { from: 'scenario', scenarioId: ids.delay, scenarioName: 'Two-year delay of the battery plant', level: 'project' } });
    expect(battery.explained.startYear.from).toMatchObject({ from: 'parent', scenarioName: 'All signed projects on time' });
  });

  it('"Only projects past FID" counts nothing: every sample project is at the MoU stage or earlier', async () => {
    const { run, ids } = await sample();
    const r = run(ids.pastFid);
    expect(Array.from(r.totals.abatementNominal).every((v) => v === 0)).toBe(true);
    expect(r.excluded.map((e) => e.code)).toEqual(Array(6).fill('before-min-stage'));
    expect(r.excluded[0].results).toContain('abatement');
  });

  it('compares with the illustrative 0.2 Mt target for 2030: met nominally, far from it risk-weighted', async () => {
    const { run, ids, inputs } = await sample();
    const [gap] = targetGaps(run(ids.onTime), inputs.targets).gaps;
    expect(gap.targetValue).toBe(200);
    expect(gap.nominal).toMatchObject({ value: 220, gap: 20, met: true, firstYearMet: 2029 });
    expect(gap.riskWeighted.met).toBe(false);
    expect(gap.riskWeighted.gap).toBeCloseTo(44 - 200, 9);
    expect(targetGaps(run(ids.delay), inputs.targets).gaps[0].nominal.firstYearMet).toBe(2030);
  });

  it('as a saved comparison, gives the charts\' rows, the differences and the assumptions that differ', async () => {
    const { call, ids, inputs } = await sample();
    const scenarioIds = [ids.onTime, ids.delay, ids.pastFid];
    const saved = await call('comparisons.create', {
      name: 'Sample futures',
      scenarioIds,
      settings: { ...defaultComparisonSettings, metric: 'cumulative', riskWeighted: false, year: 2030 },
    });
    const view = comparisonView(saved, inputs);
    if (!view.ok) throw new Error(view.issues.map((i) => i.message).join('; '));
    const v = view.result;
    expect(v.scenarios.map((s) => [s.name, s.illustrative])).toEqual([
      ['All signed projects on time', true],
      ['Two-year delay of the battery plant', true],
      ['Only projects past FID', true],
    ]);
    expect(v.differences.find((d) => d.year === 2030)).toEqual({ year: 2030, values: [700, 500, 0], differences: [-200, -700] });
    expect(v.lines.abatement.nominal.find((row) => row.year === 2028)).toEqual({ year: 2028, [scenarioKey(ids.onTime)]: 175, [scenarioKey(ids.delay)]: 75, [scenarioKey(ids.pastFid)]: 0 });
    expect(v.chartTargets).toEqual([]);
    expect(v.gaps.map((g) => g.gaps.map((x) => x.nominal.value))).toEqual([[220, 220, 0]]);
    expect(v.localisationTargets).toEqual([expect.objectContaining({ name: 'Electric bus production localisation', pct: 40, year: 2030 })]);
    // Cumulative 2030 in the first scenario: the abatement factor swung ±20 % moves all 700 kt (560 to 840) more
    // than a year of delay does (700 to 480: the lowest delay is no delay, the scenario's own).
    const [first, second] = v.tornado!.bars;
    expect(first).toMatchObject({ kind: 'assumption', field: 'abatementFactor' });
    expect([first.lowValue, first.highValue].map((x) => Math.round(x * 1e9) / 1e9)).toEqual([560, 840]);
    expect(second).toMatchObject({ kind: 'assumption', field: 'delayYears', lowValue: 700, highValue: 480 });
    const differing = v.assumptions.map((a) => (a.level === 'project' ? `${a.name}: ${a.field}` : `${a.level}: ${a.field}`));
    expect(differing).toEqual(['global: minStage', 'Energy battery manufacturing facility: delayYears']);
  });
});
