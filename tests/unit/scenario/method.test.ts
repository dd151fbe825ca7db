import { describe, expect, test } from 'vitest';
import { projectSeries, rampShare, runScenario } from '../../../db/scenario';
import { close, list, ok, project, scenario } from './build';

// Horizon 2025-2030 (six years) throughout; the default build time is 3 years.
// A: operational (100 %), starts 2026, 90 kt/yr after a 3-year ramp-up, capex 300, 200 construction
//    and 50 permanent jobs.
// B: at FID (70 %), starts 2028, 40 kt/yr at once, capex 90.
const A = project(1, { stage: 'operational', startYear: 2026, abatementKt: 90, rampUpYears: 3, capex: 300, jobsConstruction: 200, jobsPermanent: 50 });
const B = project(2, { stage: 'fid', startYear: 2028, abatementKt: 40, rampUpYears: 0, capex: 90, jobsConstruction: 10, jobsPermanent: 5 });

describe('the method, worked by hand', () => {
  test('ramp-up: R years reach full abatement in the R-th operating year; R = 0 and R = 1 are full at once', () => {
    expect([0, 1, 2, 3].map((k) => rampShare(k, 3))).toEqual([1 / 3, 2 / 3, 1, 1]);
    expect(rampShare(-1, 3)).toBe(0);
    expect([rampShare(0, 0), rampShare(0, 1)]).toEqual([1, 1]);
  });

  test('one operational project: abatement ramps up, capex and construction jobs fall in the build years, permanent jobs from the start', () => {
    const r = ok(runScenario([A], [scenario(1)]));
    expect(r.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    // 2025 before start: 0; 2026 = 90 × 1/3 = 30; 2027 = 90 × 2/3 = 60; then 90.
    expect(close(r.totals.abatementNominal)).toEqual([0, 30, 60, 90, 90, 90]);
    // Running sum: 0, 0+30, 30+60, 90+90, 180+90, 270+90.
    expect(close(r.totals.cumulativeNominal)).toEqual([0, 30, 90, 180, 270, 360]);
    // Build years 2023, 2024, 2025 carry 300 / 3 = 100 each; only 2025 is in the horizon.
    expect(list(r.totals.capexNominal)).toEqual([100, 0, 0, 0, 0, 0]);
    expect(list(r.totals.jobsConstructionNominal)).toEqual([200, 0, 0, 0, 0, 0]);
    expect(list(r.totals.jobsPermanentNominal)).toEqual([0, 50, 50, 50, 50, 50]);
    expect(list(r.totals.operatingProjectsNominal)).toEqual([0, 1, 1, 1, 1, 1]);
    // Operational is 100 %: risk-weighted equals nominal.
    expect(list(r.totals.abatementRiskWeighted)).toEqual(list(r.totals.abatementNominal));
  });

  test('risk weighting: a project at FID counts 70 % of its nominal values', () => {
    const r = ok(runScenario([A, B], [scenario(1)]));
    // A [0,30,60,90,90,90] + B [0,0,0,40,40,40]
    expect(close(r.totals.abatementNominal)).toEqual([0, 30, 60, 130, 130, 130]);
    // A at 100 % + B at 70 %: 40 × 0.7 = 28 from 2028.
    expect(close(r.totals.abatementRiskWeighted)).toEqual([0, 30, 60, 118, 118, 118]);
    expect(close(r.totals.cumulativeNominal)).toEqual([0, 30, 90, 220, 350, 480]);
    // 0, 30, 90, 90+118, 208+118, 326+118
    expect(close(r.totals.cumulativeRiskWeighted)).toEqual([0, 30, 90, 208, 326, 444]);
    // B builds 2025-2027 at 90 / 3 = 30 a year: 100 + 30 in 2025, then 30, 30.
    expect(close(r.totals.capexNominal)).toEqual([130, 30, 30, 0, 0, 0]);
    // 100 + 30 × 0.7 = 121, then 21, 21.
    expect(close(r.totals.capexRiskWeighted)).toEqual([121, 21, 21, 0, 0, 0]);
    // Expected number operating: A from 2026 (1), B from 2028 (0.7).
    expect(close(r.totals.operatingProjectsRiskWeighted)).toEqual([0, 1, 1, 1.7, 1.7, 1.7]);
  });

  test('a scenario probability for a stage, and one for a project, replace the defaults', () => {
    const chain = [scenario(1, { assumptions: { stageProbabilityPct: { fid: 50 } }, projectOverrides: { 1: { probabilityPct: 60 } } })];
    const r = ok(runScenario([A, B], chain));
    // 2028: A 90 × 0.6 = 54, B 40 × 0.5 = 20.
    expect(close(r.totals.abatementRiskWeighted)).toEqual([0, 18, 36, 74, 74, 74]);
  });

  test('a two-year delay moves abatement, capex and jobs two years later', () => {
    const r = ok(runScenario([A, B], [scenario(1, { assumptions: { delayYears: 2 } })]));
    // A starts 2028: 30, 60, 90 in 2028-2030. B starts 2030: 40.
    expect(close(r.totals.abatementNominal)).toEqual([0, 0, 0, 30, 60, 130]);
    // A builds 2025-2027 (100 a year); B builds 2027-2029 (30 a year).
    expect(close(r.totals.capexNominal)).toEqual([100, 100, 130, 30, 30, 0]);
    expect(list(r.totals.jobsPermanentNominal)).toEqual([0, 0, 0, 50, 50, 55]);
  });

  test('a start year override wins over the record, and a delay adds to it', () => {
    const r = ok(runScenario([A], [scenario(1, { projectOverrides: { 1: { startYear: 2028, delayYears: 1 } } })]));
    // Starts 2029: 30, 60.
    expect(close(r.totals.abatementNominal)).toEqual([0, 0, 0, 0, 30, 60]);
  });

  test('the abatement and capex factors multiply the full values', () => {
    const r = ok(runScenario([A], [scenario(1, { assumptions: { abatementFactor: 0.5, capexFactor: 2 } })]));
    // 45 kt/yr after a 3-year ramp-up: 15, 30, 45.
    expect(close(r.totals.abatementNominal)).toEqual([0, 15, 30, 45, 45, 45]);
    // 600 over three build years: 200 in 2025.
    expect(list(r.totals.capexNominal)).toEqual([200, 0, 0, 0, 0, 0]);
  });

  test('build years: capex is spread over them; with none, capex and construction jobs fall in the start year', () => {
    const two = ok(runScenario([B], [scenario(1, { assumptions: { buildYears: 2 } })]));
    // 90 / 2 = 45 in 2026 and 2027.
    expect(list(two.totals.capexNominal)).toEqual([0, 45, 45, 0, 0, 0]);
    const none = ok(runScenario([B], [scenario(1, { assumptions: { buildYears: 0 } })]));
    expect(list(none.totals.capexNominal)).toEqual([0, 0, 0, 90, 0, 0]);
    expect(list(none.totals.jobsConstructionNominal)).toEqual([0, 0, 0, 10, 0, 0]);
  });

  test('ramp-up: the record, then the global default; a project override beats both', () => {
    const noRamp = project(3, { startYear: 2025, abatementKt: 60 });
    const global = ok(runScenario([noRamp], [scenario(1, { assumptions: { rampUpYears: 4 } })]));
    // 60 × 1/4, 2/4, 3/4, 4/4.
    expect(close(global.totals.abatementNominal)).toEqual([15, 30, 45, 60, 60, 60]);
    const own = ok(runScenario([{ ...noRamp, rampUpYears: 2 }], [scenario(1, { assumptions: { rampUpYears: 4 } })]));
    expect(close(own.totals.abatementNominal)).toEqual([30, 60, 60, 60, 60, 60]);
    const overridden = ok(runScenario([{ ...noRamp, rampUpYears: 2 }], [scenario(1, { projectOverrides: { 3: { rampUpYears: 3 } } })]));
    expect(close(overridden.totals.abatementNominal)).toEqual([20, 40, 60, 60, 60, 60]);
  });

  test('localisation moves in a straight line from the first horizon year to the target, and is averaged over projects with a target', () => {
    // L: 10 % now, 40 % by 2028 (no start year: localisation does not need one). M: 50 %, stays 50 %.
    const L = project(4, { localisationCurrentPct: 10, localisationTargetPct: 40, localisationTargetYear: 2028 });
    const M = project(5, { localisationCurrentPct: 50, localisationTargetPct: 50, localisationTargetYear: 2026 });
    const r = ok(runScenario([L, M, A], [scenario(1)]));
    // L: 10, 10 + 30 × 1/3 = 20, 30, 40, 40, 40. Mean with M's 50: 30, 35, 40, 45, 45, 45. A has no target.
    expect(close(r.totals.localisationPct)).toEqual([30, 35, 40, 45, 45, 45]);
    expect(list(r.totals.localisationProjects)).toEqual([2, 2, 2, 2, 2, 2]);
    const overridden = ok(runScenario([L], [scenario(1, { projectOverrides: { 4: { localisationTargetPct: 70, localisationTargetYear: 2030 } } })]));
    // 10 + 60 × (y − 2025) / 5: 10, 22, 34, 46, 58, 70.
    expect(close(overridden.totals.localisationPct)).toEqual([10, 22, 34, 46, 58, 70]);
  });

  test('with no project to average, localisation has no value (NaN), not zero', () => {
    const r = ok(runScenario([A], [scenario(1)]));
    expect(list(r.totals.localisationPct).every(Number.isNaN)).toBe(true);
  });

  test("a project's own series: the same method applied to it alone", () => {
    const r = ok(runScenario([A, B], [scenario(1)]));
    expect(r.projects.map((p) => [p.project.id, p.probability])).toEqual([[1, 1], [2, 0.7]]);
    const b = projectSeries(r, 1);
    expect(list(b.abatementNominal)).toEqual([0, 0, 0, 40, 40, 40]);
    // 40 × 0.7 = 28.
    expect(close(b.abatementRiskWeighted)).toEqual([0, 0, 0, 28, 28, 28]);
    expect(list(b.capexNominal)).toEqual([30, 30, 30, 0, 0, 0]);
  });
});
