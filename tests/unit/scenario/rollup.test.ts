import { describe, expect, test } from 'vitest';
import { additiveMetrics, projectSeries, runScenario, type GroupResult, type ScenarioResult } from '../../../db/scenario';
import { close, list, ok, project, scenario } from './build';

// Four projects over 2025-2030, all full from their start year and 100 % (operational):
//   1: cluster 7, AZ, hydrogen,        20 kt from 2025
//   2: cluster 7, AZ, ccus,            30 kt from 2027
//   3: cluster 8, AE, hydrogen,        50 kt from 2026
//   4: no cluster, AZ, hydrogen,        5 kt from 2025
const portfolio = [
  project(1, { clusterId: 7, country: 'AZ', category: 'hydrogen', startYear: 2025, abatementKt: 20 }),
  project(2, { clusterId: 7, country: 'AZ', category: 'ccus', startYear: 2027, abatementKt: 30 }),
  project(3, { clusterId: 8, country: 'AE', category: 'hydrogen', startYear: 2026, abatementKt: 50 }),
  project(4, { clusterId: null, country: 'AZ', category: 'hydrogen', startYear: 2025, abatementKt: 5 }),
];

const byKey = <K>(groups: GroupResult<K>[], key: K) => groups.find((g) => g.key === key)!;

function sumOf<K>(groups: GroupResult<K>[], metric: keyof ScenarioResult['totals']) {
  return groups.reduce((acc, g) => acc.map((v, t) => v + g.series[metric][t]), new Array<number>(6).fill(0));
}

describe('roll-ups', () => {
  const r = ok(runScenario(portfolio, [scenario(1)]));

  test('by cluster, with projects outside any cluster under their own group, listed last', () => {
    expect(r.rollups.cluster.map((g) => [g.key, g.projects])).toEqual([[7, 2], [8, 1], [null, 1]]);
    // Cluster 7: 20 every year + 30 from 2027.
    expect(list(byKey(r.rollups.cluster, 7).series.abatementNominal)).toEqual([20, 20, 50, 50, 50, 50]);
    expect(list(byKey(r.rollups.cluster, 8).series.abatementNominal)).toEqual([0, 50, 50, 50, 50, 50]);
    expect(list(byKey(r.rollups.cluster, null).series.abatementNominal)).toEqual([5, 5, 5, 5, 5, 5]);
  });

  test('by country and category, each project once', () => {
    expect(r.rollups.country.map((g) => g.key)).toEqual(['AE', 'AZ']);
    // AZ: 20 + 5 from 2025, + 30 from 2027.
    expect(list(byKey(r.rollups.country, 'AZ').series.abatementNominal)).toEqual([25, 25, 55, 55, 55, 55]);
    expect(r.rollups.category.map((g) => g.key)).toEqual(['ccus', 'hydrogen']);
    // Hydrogen: 20 + 5 from 2025, + 50 from 2026.
    expect(list(byKey(r.rollups.category, 'hydrogen').series.abatementNominal)).toEqual([25, 75, 75, 75, 75, 75]);
    // Cumulative per group runs over its own yearly values: 25, 100, 175, ...
    expect(list(byKey(r.rollups.category, 'hydrogen').series.cumulativeNominal)).toEqual([25, 100, 175, 250, 325, 400]);
  });

  test('no double counting: each roll-up sums to the totals, and the totals to the per-project rows', () => {
    // 25 + 50 (from 2026) + 30 (from 2027).
    expect(list(r.totals.abatementNominal)).toEqual([25, 75, 105, 105, 105, 105]);
    for (const dimension of ['cluster', 'country', 'category'] as const) {
      for (const m of additiveMetrics) {
        for (const w of ['Nominal', 'RiskWeighted'] as const) {
          expect(close(sumOf<unknown>(r.rollups[dimension], `${m}${w}`)), `${dimension} ${m}${w}`).toEqual(close(r.totals[`${m}${w}`]));
        }
      }
    }
    const perProjectSum = r.years.map((_, t) => portfolio.reduce((s, _p, i) => s + projectSeries(r, i).abatementNominal[t], 0));
    expect(list(r.totals.abatementNominal)).toEqual(perProjectSum);
  });

  test('a project listed twice is counted once, with a warning', () => {
    const twice = ok(runScenario([...portfolio, portfolio[0]], [scenario(1)]));
    expect(list(twice.totals.abatementNominal)).toEqual(list(r.totals.abatementNominal));
    expect(twice.issues.map((i) => i.code)).toEqual(['duplicate-project']);
  });

  test('localisation per group is the mean over the group projects with a target', () => {
    const withTargets = [
      project(1, { clusterId: 7, localisationCurrentPct: 20, localisationTargetPct: 20, localisationTargetYear: 2025 }),
      project(2, { clusterId: 7, localisationCurrentPct: 40, localisationTargetPct: 40, localisationTargetYear: 2025 }),
      project(3, { clusterId: 8, localisationCurrentPct: 90, localisationTargetPct: 90, localisationTargetYear: 2025 }),
    ];
    const loc = ok(runScenario(withTargets, [scenario(1)]));
    // Cluster 7: (20 + 40) / 2 = 30; cluster 8: 90; all: (20 + 40 + 90) / 3 = 50 (a simple mean, not of the cluster means).
    expect(byKey(loc.rollups.cluster, 7).series.localisationPct[0]).toBe(30);
    expect(byKey(loc.rollups.cluster, 8).series.localisationPct[0]).toBe(90);
    expect(loc.totals.localisationPct[0]).toBe(50);
  });

  test('a group whose projects are all left out stays, with no project counted and zeros', () => {
    const left = ok(runScenario(portfolio, [scenario(1, { clusterOverrides: { 8: { include: false } } })]));
    const eight = byKey(left.rollups.cluster, 8);
    expect(eight.projects).toBe(0);
    expect(list(eight.series.abatementNominal)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
