import { describe, expect, test } from 'vitest';
import { runMonteCarlo, runScenario, scenarioChain } from '../../../db/scenario';
import { failed, list, ok, project, scenario } from './build';

const P = project(1, { name: 'Battery plant', startYear: 2026, abatementKt: 10 });

describe('bad scenarios stop the run with a clear message', () => {
  test('a cycle of parents names every scenario in it', () => {
    const a = scenario(1, { name: 'A', parentId: 2 });
    const b = scenario(2, { name: 'B', parentId: 3 });
    const c = scenario(3, { name: 'C', parentId: 1 });
    const { issues } = scenarioChain([a, b, c], 1);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', code: 'cycle' });
    expect(issues[0].message).toContain('“A” → “B” → “C” → “A”');
    // The same cycle handed to the engine as a chain is refused too.
    const run = failed(runScenario([P], [a, b, c, a]));
    expect(run[0].code).toBe('cycle');
  });

  test('a missing parent, and a chain whose order does not follow the parents', () => {
    const orphan = scenario(1, { name: 'Orphan', parentId: 9 });
    expect(scenarioChain([orphan], 1).issues[0].message).toBe('Scenario “Orphan” inherits from scenario 9, which does not exist.');
    expect(failed(runScenario([P], [orphan]))[0].code).toBe('missing-parent');
    const wrong = failed(runScenario([P], [scenario(1, { parentId: 2 }), scenario(3)]));
    expect(wrong[0].code).toBe('broken-chain');
    expect(failed(runScenario([P], []))[0].code).toBe('broken-chain');
  });

  test('a horizon that ends before it starts', () => {
    const issues = failed(runScenario([P], [scenario(1, { name: 'Late', horizonStart: 2030, horizonEnd: 2025 })]));
    expect(issues).toEqual([
      { severity: 'error', code: 'horizon', scenarioId: 1, message: 'Scenario “Late”: the horizon ends (2025) before it starts (2030).' },
    ]);
  });

  test('a probability over 100 %, for a project, a cluster or a stage', () => {
    const chain = [
      scenario(1, {
        name: 'Hopeful',
        projectOverrides: { 1: { probabilityPct: 120 } },
        clusterOverrides: { 4: { probabilityPct: -5 } },
        assumptions: { stageProbabilityPct: { mou: 101 } },
      }),
    ];
    const issues = failed(runScenario([P], chain, { clusterNames: { 4: 'Sumgait' } }));
    expect(issues.map((i) => i.message)).toEqual([
      'Scenario “Hopeful”: the probability of success at stage mou must be between 0 and 100 % (got 101).',
      'Scenario “Hopeful”, project “Battery plant”: the probability of success must be between 0 and 100 % (got 120).',
      'Scenario “Hopeful”, cluster “Sumgait”: the probability of success must be between 0 and 100 % (got -5).',
    ]);
    expect(issues.every((i) => i.code === 'probability')).toBe(true);
    expect(issues[1]).toMatchObject({ projectId: 1, field: 'probabilityPct' });
  });

  test('negative factors, fractional years, an unknown stage: each named', () => {
    const chain = [
      scenario(1, {
        name: 'S',
        assumptions: { abatementFactor: -1, buildYears: 1.5, minStage: 'cancelled' },
        projectOverrides: { 1: { capexFactor: Number.NaN, delayYears: -2 } },
      }),
    ];
    const codes = failed(runScenario([P], chain)).map((i) => [i.code, i.field]);
    expect(codes).toEqual([
      ['factor', 'abatementFactor'],
      ['years', 'buildYears'],
      ['stage', 'minStage'],
      ['factor', 'capexFactor'],
      ['years', 'delayYears'],
    ]);
  });

  test('a parent with an error stops the child too, because the child inherits it', () => {
    const parent = scenario(1, { name: 'Parent', assumptions: { capexFactor: -2 } });
    const child = scenario(2, { name: 'Child', parentId: 1 });
    expect(failed(runScenario([P], [child, parent]))[0].message).toBe('Scenario “Parent”: the capex factor must be a number of 0 or more (got -2).');
  });

  test('the Monte Carlo run refuses the same scenarios, and a bad seed', () => {
    expect(failed(runMonteCarlo([P], [scenario(1, { horizonEnd: 2000 })], { seed: 1, draws: 10 }))[0].code).toBe('horizon');
    expect(failed(runMonteCarlo([P], [scenario(1)], { seed: -1, draws: 10 }))[0].field).toBe('seed');
  });

  test('overrides for a project not in the portfolio, and fields the engine does not know, are warnings', () => {
    const chain = [scenario(1, { projectOverrides: { 99: { delayYears: 1 }, 1: { colour: 'red' } as never } })];
    const r = ok(runScenario([P], chain));
    expect(r.issues.map((i) => [i.severity, i.code])).toEqual([
      ['warning', 'unknown-field'],
      ['warning', 'unknown-project'],
    ]);
  });
});

describe('projects left out, and why', () => {
  const full = { startYear: 2026, abatementKt: 10, capex: 30, capexCurrency: 'USD', jobsConstruction: 5, jobsPermanent: 2 } as const;

  test('a project lacking a value is left out only of the results that need it', () => {
    const noCapex = project(1, { ...full, name: 'No capex', capex: null });
    const noStart = project(2, { ...full, name: 'No start', startYear: null, localisationCurrentPct: 0, localisationTargetPct: 40, localisationTargetYear: 2030 });
    const r = ok(runScenario([noCapex, noStart], [scenario(1)]));
    expect(r.excluded).toEqual([
      { projectId: 1, name: 'No capex', results: ['capex'], code: 'no-capex', reason: 'no capex' },
      { projectId: 2, name: 'No start', results: ['abatement', 'capex', 'jobsConstruction', 'jobsPermanent', 'operatingProjects'], code: 'no-start-year', reason: 'no start year' },
    ]);
    // The project without capex still abates: 10 kt from 2026.
    expect(list(r.totals.abatementNominal)).toEqual([0, 10, 10, 10, 10, 10]);
    // The project without a start year still counts for localisation: 0 → 40 % over 2025-2030.
    expect(list(r.totals.localisationPct)).toEqual([0, 8, 16, 24, 32, 40]);
  });

  test('capex in another currency is left out of capex, never converted', () => {
    const euro = project(1, { ...full, capexCurrency: 'EUR' });
    const r = ok(runScenario([euro], [scenario(1)]));
    expect(r.excluded[0]).toMatchObject({ code: 'capex-currency', results: ['capex'], reason: 'capex in EUR; results are in USD and currencies are not converted' });
    expect(list(r.totals.capexNominal)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  test('a localisation target needs a target year and a current share', () => {
    const r = ok(runScenario([project(1, { ...full, localisationTargetPct: 40 })], [scenario(1)]));
    expect(r.excluded.map((e) => [e.code, e.results])).toEqual([['no-localisation-year', ['localisation']]]);
    const withYear = ok(runScenario([project(1, { ...full, localisationTargetPct: 40, localisationTargetYear: 2030 })], [scenario(1)]));
    expect(withYear.excluded.map((e) => [e.code, e.reason])).toEqual([['no-localisation-current', 'a localisation target but no current localisation share']]);
  });

  test('left out by the scenario: an override, a cluster override, cancellation, a minimum stage, signed projects only', () => {
    const projects = [
      project(1, { ...full, name: 'Named' }),
      project(2, { ...full, name: 'In cluster', clusterId: 5 }),
      project(3, { ...full, name: 'Cancelled', stage: 'cancelled' }),
      project(4, { ...full, name: 'Idea', stage: 'idea', signedOn: '2024-11' }),
      project(5, { ...full, name: 'Unsigned', stage: 'fid' }),
      project(6, { ...full, name: 'Counted', stage: 'fid', signedOn: '2024' }),
    ];
    const chain = [
      scenario(1, {
        name: 'Past FID, signed',
        assumptions: { minStage: 'fid', signedOnly: true },
        projectOverrides: { 1: { include: false } },
        clusterOverrides: { 5: { include: false } },
      }),
    ];
    const r = ok(runScenario(projects, chain, { clusterNames: { 5: 'Sumgait' } }));
    expect(r.excluded.map((e) => [e.name, e.code, e.reason])).toEqual([
      ['Named', 'left-out', 'left out by scenario “Past FID, signed”'],
      ['In cluster', 'left-out', 'left out by scenario “Past FID, signed” with every project of Sumgait'],
      ['Cancelled', 'cancelled', 'cancelled; a scenario counts a cancelled project only if it includes it by name'],
      ['Idea', 'before-min-stage', 'at stage idea, before final investment decision, the first stage scenario “Past FID, signed” counts'],
      ['Unsigned', 'not-signed', 'not signed, and scenario “Past FID, signed” counts only signed projects'],
    ]);
    expect(r.excluded.every((e) => e.results.length === 6)).toBe(true);
    // Only project 6 counts: 10 kt at 70 % from 2026.
    expect(list(r.totals.abatementNominal)).toEqual([0, 10, 10, 10, 10, 10]);
    expect(list(r.totals.abatementRiskWeighted)).toEqual([0, 7, 7, 7, 7, 7]);
  });

  test('a cancelled project included by an override counts nominally, and at 0 % when risk-weighted', () => {
    const chain = [scenario(1, { projectOverrides: { 3: { include: true } } })];
    const r = ok(runScenario([project(3, { ...full, stage: 'cancelled' })], chain));
    expect(r.excluded).toEqual([]);
    expect(list(r.totals.abatementNominal)).toEqual([0, 10, 10, 10, 10, 10]);
    expect(list(r.totals.abatementRiskWeighted)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
