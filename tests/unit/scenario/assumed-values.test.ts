import { describe, expect, it } from 'vitest';
import { createResolver, runMonteCarlo, runScenario, scenarioIssues } from '../../../db/scenario';
import { close, ok, project, scenario } from './build';

/**
 * A scenario may assume a value the project record lacks (abatement, capex, jobs, the current
 * localisation share): how the sample workspace shows anything while its records stay facts only.
 */
describe('values a scenario assumes for a project', () => {
  const bare = project(1, { stage: 'mou', startYear: 2026 });

  it('count where the record has none, with the scenario as their provenance', () => {
    const s = scenario(1, { name: 'Base', projectOverrides: { 1: { abatementKt: 100, capex: 30, jobsConstruction: 50, jobsPermanent: 10 } } });
    const r = ok(runScenario([bare], [s]));
    expect(r.excluded).toEqual([]);
    // 2025-2030, start 2026, no ramp-up: 100 kt from 2026; capex 30 over the three build years 2023-2025, of which 2025 is in the horizon.
    expect(close(r.totals.abatementNominal)).toEqual([0, 100, 100, 100, 100, 100]);
    expect(close(r.totals.abatementRiskWeighted)).toEqual([0, 20, 20, 20, 20, 20]);
    expect(close(r.totals.capexNominal)).toEqual([10, 0, 0, 0, 0, 0]);
    expect(close(r.totals.jobsConstructionNominal)).toEqual([50, 0, 0, 0, 0, 0]);
    expect(close(r.totals.jobsPermanentNominal)).toEqual([0, 10, 10, 10, 10, 10]);
    const explained = createResolver([s]).explain(bare);
    expect(explained.abatementKt).toEqual({ value: 100, from: { from: 'scenario', scenarioId: 1, scenarioName: 'Base', level: 'project' } });
    expect(createResolver([scenario(2)]).explain(project(2, { abatementKt: 7 })).abatementKt).toEqual({ value: 7, from: { from: 'project' } });
  });

  it('are inherited by a child and win over the record', () => {
    const parent = scenario(1, { name: 'Parent', projectOverrides: { 1: { abatementKt: 40 } } });
    const child = scenario(2, { name: 'Child', parentId: 1 });
    const recorded = project(1, { startYear: 2025, abatementKt: 10 });
    const r = ok(runScenario([recorded], [child, parent]));
    expect(close(r.totals.abatementNominal)).toEqual([40, 40, 40, 40, 40, 40]);
    expect(createResolver([child, parent]).explain(recorded).abatementKt.from).toEqual({ from: 'parent', scenarioId: 1, scenarioName: 'Parent', level: 'project' });
  });

  it('have no range: the record\'s low and high belong to its own central value', () => {
    const ranged = project(1, { startYear: 2025, abatementKt: 10, abatementLowKt: 5, abatementHighKt: 15 });
    const s = scenario(1, { projectOverrides: { 1: { abatementKt: 40 } } });
    const r = ok(runScenario([ranged], [s]));
    expect([r.projects[0].abatementLow, r.projects[0].abatement, r.projects[0].abatementHigh]).toEqual([40, 40, 40]);
    const mc = ok(runMonteCarlo([ranged], [s], { seed: 7, draws: 50 }));
    expect(new Set(mc.abatement.p90)).toEqual(new Set([40]));
  });

  it('an assumed capex is in the results currency, where the record\'s capex in another currency is left out', () => {
    const euro = project(1, { startYear: 2027, capex: 90, capexCurrency: 'EUR' });
    expect(ok(runScenario([euro], [scenario(1)])).excluded.map((e) => e.code)).toContain('capex-currency');
    const r = ok(runScenario([euro], [scenario(1, { projectOverrides: { 1: { capex: 60 } } })]));
    expect(r.excluded.map((e) => e.code)).not.toContain('capex-currency');
    // Start 2027: the build years are 2024-2026, of which 2025 and 2026 are in the horizon.
    expect(close(r.totals.capexNominal)).toEqual([20, 20, 0, 0, 0, 0]);
  });

  it('an assumed current localisation share lets a recorded target count', () => {
    const bus = project(1, { localisationTargetPct: 40, localisationTargetYear: 2030 });
    expect(ok(runScenario([bus], [scenario(1)])).excluded.map((e) => e.code)).toContain('no-localisation-current');
    const r = ok(runScenario([bus], [scenario(1, { projectOverrides: { 1: { localisationCurrentPct: 10 } } })]));
    expect(close(r.totals.localisationPct)).toEqual([10, 16, 22, 28, 34, 40]);
  });

  it('are checked: a negative or fractional count is an error naming the field', () => {
    const issues = scenarioIssues([scenario(1, { projectOverrides: { 1: { abatementKt: -1, jobsPermanent: 2.5, localisationCurrentPct: 120 } } })], [bare]);
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.field])).toEqual([
      ['amount', 'abatementKt'],
      ['amount', 'jobsPermanent'],
      ['percent', 'localisationCurrentPct'],
    ]);
  });
});
