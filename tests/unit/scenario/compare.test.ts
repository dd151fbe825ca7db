import { describe, expect, test } from 'vitest';
import { compareScenarios, diffAssumptions, scenarioChain } from '../../../db/scenario';
import { failed, list, ok, project, scenario } from './build';

// P: operational, from 2026, 10 kt, in cluster 4. Q: operational, from 2025, 20 kt.
const P = project(1, { name: 'P', clusterId: 4, startYear: 2026, abatementKt: 10 });
const Q = project(2, { name: 'Q', startYear: 2025, abatementKt: 20 });
const base = scenario(1, { name: 'Base' });
const delayed = scenario(2, { name: 'Delayed', parentId: 1, horizonEnd: 2032, assumptions: { delayYears: 2 }, projectOverrides: { 1: { abatementFactor: 0.5 } } });
const clustered = scenario(3, { name: 'Cluster lower', clusterOverrides: { 4: { abatementFactor: 0.2 } } });
const all = [base, delayed, clustered];
const chainOf = (id: number) => scenarioChain(all, id).chain;

describe('comparing scenarios', () => {
  test('results on one axis of years, with differences from the first', () => {
    const c = ok(compareScenarios([P, Q], [chainOf(1), chainOf(2)]));
    expect(c.diff.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032]);
    // Base: Q 20 from 2025 + P 10 from 2026. Delayed: Q from 2027 (20), P from 2028 at half (5).
    const [b, d] = c.diff.metrics.abatementNominal.values;
    expect(list(b)).toEqual([20, 30, 30, 30, 30, 30, NaN, NaN]);
    expect(list(d)).toEqual([0, 0, 20, 25, 25, 25, 25, 25]);
    expect(list(c.diff.metrics.abatementNominal.differences[0])).toEqual([-20, -30, -10, -5, -5, -5, NaN, NaN]);
  });

  test('the assumptions that differ, with where each value comes from', () => {
    const diffs = diffAssumptions([P, Q], [chainOf(1), chainOf(2), chainOf(3)]);
    const brief = diffs.map((d) => [d.level, d.level === 'project' ? d.projectId : d.level === 'cluster' ? d.clusterId : null, d.field, d.values.map((v) => v.value)]);
    expect(brief).toEqual([
      ['global', null, 'horizonEnd', [2030, 2032, 2030]],
      ['global', null, 'delayYears', [0, 2, 0]],
      ['cluster', 4, 'abatementFactor', [null, null, 0.2]],
      ['project', 1, 'abatementFactor', [1, 0.5, 0.2]],
    ]);
    const p = diffs.at(-1)!;
    expect(p.values.map((v) => v.from)).toEqual([
      { from: 'default' },
      { from: 'scenario', scenarioId: 2, scenarioName: 'Delayed', level: 'project' },
      { from: 'scenario', scenarioId: 3, scenarioName: 'Cluster lower', level: 'cluster' },
    ]);
  });

  test('two to four scenarios', () => {
    expect(failed(compareScenarios([P], [chainOf(1)]))[0].code).toBe('compare');
    expect(ok(compareScenarios([P], [chainOf(1), chainOf(1), chainOf(2), chainOf(3)])).results).toHaveLength(4);
  });
});
