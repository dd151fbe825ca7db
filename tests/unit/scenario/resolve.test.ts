import { describe, expect, test } from 'vitest';
import { createResolver, runScenario, scenarioChain } from '../../../db/scenario';
import { close, ok, project, scenario } from './build';

// Child (3) inherits from parent (2), which inherits from grandparent (1).
const grandparent = scenario(1, {
  name: 'Grandparent',
  assumptions: { rampUpYears: 2, capexFactor: 3 },
  projectOverrides: { 10: { rampUpYears: 5, delayYears: 4 } },
  clusterOverrides: { 7: { capexFactor: 1.5 } },
});
const parent = scenario(2, {
  name: 'Parent',
  parentId: 1,
  assumptions: { stageProbabilityPct: { feasibility: 50 } },
  projectOverrides: { 10: { abatementFactor: 0.5, rampUpYears: 4 } },
});
const child = scenario(3, {
  name: 'Child',
  parentId: 2,
  assumptions: { abatementFactor: 2 },
  projectOverrides: { 10: { delayYears: 1 } },
  clusterOverrides: { 7: { delayYears: 2, abatementFactor: 0.8 } },
});
const { chain, issues } = scenarioChain([grandparent, parent, child], 3);

// P is in cluster 7 with its own start year and ramp-up; Q has neither override nor ramp-up; R has a ramp-up.
const P = project(10, { clusterId: 7, stage: 'feasibility', startYear: 2027, rampUpYears: 2, abatementKt: 100 });
const Q = project(11, { stage: 'mou', startYear: 2026, abatementKt: 10 });
const R = project(12, { stage: 'mou', rampUpYears: 3 });

describe('inheritance precedence, with provenance', () => {
  const resolver = createResolver(chain);
  const p = resolver.explain(P);

  test('the chain runs child, parent, grandparent', () => {
    expect(issues).toEqual([]);
    expect(chain.map((s) => s.name)).toEqual(['Child', 'Parent', 'Grandparent']);
  });

  test("this scenario's project override beats its cluster override and every parent", () => {
    expect(p.delayYears).toEqual({ value: 1, from: { from: 'scenario', scenarioId: 3, scenarioName: 'Child', level: 'project' } });
  });

  test("this scenario's cluster override beats a parent's project override", () => {
    expect(p.abatementFactor).toEqual({ value: 0.8, from: { from: 'scenario', scenarioId: 3, scenarioName: 'Child', level: 'cluster' } });
  });

  test('the nearest parent wins over a further one, and both over the project record', () => {
    expect(p.rampUpYears).toEqual({ value: 4, from: { from: 'parent', scenarioId: 2, scenarioName: 'Parent', level: 'project' } });
  });

  test("a grandparent's cluster override beats the global assumption of the chain", () => {
    expect(p.capexFactor).toEqual({ value: 1.5, from: { from: 'parent', scenarioId: 1, scenarioName: 'Grandparent', level: 'cluster' } });
  });

  test('with no override the project record counts, then the defaults', () => {
    expect(p.startYear).toEqual({ value: 2027, from: { from: 'project' } });
    expect(p.localisationTargetPct).toEqual({ value: null, from: { from: 'default' } });
    expect(p.include).toEqual({ value: true, from: { from: 'default' } });
  });

  test('a stage probability comes from the nearest scenario that sets it, else the default table', () => {
    expect(p.probabilityPct).toEqual({ value: 50, from: { from: 'parent', scenarioId: 2, scenarioName: 'Parent', level: 'global' } });
    expect(resolver.explain(Q).probabilityPct).toEqual({ value: 20, from: { from: 'default' } });
  });

  test('global assumptions fill in below the project record: default ramp-up only where the record has none', () => {
    const q = resolver.explain(Q);
    expect(q.rampUpYears).toEqual({ value: 2, from: { from: 'parent', scenarioId: 1, scenarioName: 'Grandparent', level: 'global' } });
    expect(q.abatementFactor).toEqual({ value: 2, from: { from: 'scenario', scenarioId: 3, scenarioName: 'Child', level: 'global' } });
    expect(resolver.explain(R).rampUpYears).toEqual({ value: 3, from: { from: 'project' } });
  });

  test('the run uses the resolved values', () => {
    const r = ok(runScenario([P], chain));
    // P: start 2027 + delay 1 = 2028; 100 kt × 0.8; ramp-up 4 years: 20, 40, 60 in 2028-2030; risk 50 %.
    expect(close(r.totals.abatementNominal)).toEqual([0, 0, 0, 20, 40, 60]);
    expect(close(r.totals.abatementRiskWeighted)).toEqual([0, 0, 0, 10, 20, 30]);
  });
});
