import { describe, expect, test } from 'vitest';
import { runScenario, targetGaps, type Target } from '../../../db/scenario';
import { ok, project, scenario } from './build';

// AZ: A in cluster 7, operational, 90 kt from 2026 after a 3-year ramp-up (30, 60, 90, ...);
//     B in cluster 7, at FID (70 %), 40 kt from 2028. Nominal 0, 30, 60, 130, 130, 130;
//     risk-weighted 0, 30, 60, 118, 118, 118 (worked in method.test.ts).
const portfolio = [
  project(1, { clusterId: 7, stage: 'operational', startYear: 2026, abatementKt: 90, rampUpYears: 3, jobsConstruction: 200, jobsPermanent: 50 }),
  project(2, { clusterId: 7, stage: 'fid', startYear: 2028, abatementKt: 40, jobsConstruction: 10, jobsPermanent: 5, localisationCurrentPct: 10, localisationTargetPct: 40, localisationTargetYear: 2028 }),
];
const result = ok(runScenario(portfolio, [scenario(1)]));

type Goal = Pick<Target, 'metric' | 'year' | 'value' | 'unit'>;
const target = (t: Goal, country = 'AZ'): Target => ({ id: 1, name: 'National target', scope: 'country', country, ...t });
const cluster = (t: Goal): Target => ({ id: 2, name: 'Cluster target', scope: 'cluster', clusterId: 7, ...t });

describe('gap to targets', () => {
  test('a national abatement target in Mt, met nominally and risk-weighted', () => {
    const { gaps, issues } = targetGaps(result, [target({ metric: 'abatement', year: 2029, value: 0.1, unit: 'Mt CO2e/yr' })]);
    expect(issues).toEqual([]);
    const [g] = gaps;
    // 0.1 Mt = 100 kt. 2029: nominal 130 − 100 = 30; risk-weighted 118 − 100 = 18.
    expect(g.targetValue).toBe(100);
    expect(g.nominal).toMatchObject({ value: 130, gap: 30, met: true, firstYearMet: 2028 });
    expect(g.riskWeighted.gap).toBeCloseTo(18, 9);
    expect(g.riskWeighted.met).toBe(true);
    // Every year: 0 − 100, 30 − 100, 60 − 100, then 130 − 100.
    expect(g.nominal.byYear.map((v) => Math.round(v! * 1e9) / 1e9)).toEqual([-100, -70, -40, 30, 30, 30]);
  });

  test('a target missed in its year, and one outside the horizon', () => {
    const { gaps } = targetGaps(result, [
      target({ metric: 'abatement', year: 2027, value: 130, unit: 'kt CO2e' }),
      target({ metric: 'abatement', year: 2035, value: 1, unit: 'kt' }),
    ]);
    // 2027: 60 − 130 = −70, met only from 2028.
    expect(gaps[0].nominal).toMatchObject({ value: 60, gap: -70, met: false, firstYearMet: 2028 });
    expect(gaps[1].nominal).toMatchObject({ value: null, gap: null, met: false });
  });

  test('cumulative abatement, jobs and localisation for a cluster', () => {
    const { gaps } = targetGaps(result, [
      cluster({ metric: 'cumulative_abatement', year: 2030, value: 500, unit: 'kt' }),
      cluster({ metric: 'jobs', year: 2027, value: 60, unit: 'jobs' }),
      cluster({ metric: 'localisation', year: 2028, value: 40, unit: '%' }),
    ]);
    // Cumulative nominal to 2030: 0 + 30 + 60 + 130 + 130 + 130 = 480; 480 − 500 = −20.
    expect(gaps[0].nominal.gap).toBeCloseTo(-20, 9);
    // 2027: A 50 permanent + B 10 construction (B builds 2025-2027) = 60; risk-weighted 50 + 7 = 57.
    expect(gaps[1].nominal).toMatchObject({ value: 60, gap: 0, met: true });
    expect(gaps[1].riskWeighted.value).toBeCloseTo(57, 9);
    // B reaches 40 % in 2028; localisation is not risk-weighted.
    expect(gaps[2].nominal).toMatchObject({ value: 40, gap: 0, met: true });
    expect(gaps[2].riskWeighted.value).toBe(40);
  });

  test('a scope with no project: zero for sums, no value for localisation', () => {
    const { gaps } = targetGaps(result, [
      target({ metric: 'abatement', year: 2030, value: 10, unit: 'kt' }, 'BR'),
      target({ metric: 'localisation', year: 2030, value: 10, unit: '%' }, 'BR'),
    ]);
    expect(gaps[0].nominal).toMatchObject({ value: 0, gap: -10, met: false });
    expect(gaps[1].nominal).toMatchObject({ value: null, gap: null, met: false, firstYearMet: null });
  });

  test('an abatement unit that is not understood is reported, not guessed', () => {
    const { gaps, issues } = targetGaps(result, [target({ metric: 'abatement', year: 2030, value: 5, unit: 'kg' })]);
    expect(gaps).toEqual([]);
    expect(issues[0]).toMatchObject({ severity: 'warning', code: 'target-unit' });
  });
});
