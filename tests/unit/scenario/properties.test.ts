import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { additiveMetrics, createResolver, projectSeries, runScenario, type Metric, type ScenarioDef } from '../../../db/scenario';
import { portfolioWithScenario } from './arbitrary';
import { ok } from './build';

/** Every result that is a sum over projects, and so can only fall when a project is taken away. */
const sums: Metric[] = [
  ...additiveMetrics.flatMap((m) => [`${m}Nominal`, `${m}RiskWeighted`] as const),
  'cumulativeNominal',
  'cumulativeRiskWeighted',
];

const withOverride = (s: ScenarioDef, id: number, set: object): ScenarioDef => ({
  ...s,
  projectOverrides: { ...s.projectOverrides, [id]: { ...s.projectOverrides[id], ...set } },
});

describe('properties over random portfolios and scenarios', () => {
  test('excluding a project never raises any total in any year', () => {
    fc.assert(
      fc.property(portfolioWithScenario, fc.nat(), ({ projects, scenario }, pick) => {
        const target = projects[pick % projects.length];
        const base = ok(runScenario(projects, [scenario])).totals;
        const leftOut = ok(runScenario(projects, [withOverride(scenario, target.id, { include: false })])).totals;
        const removed = ok(runScenario(projects.filter((p) => p !== target), [scenario])).totals;
        for (const m of sums) {
          base[m].forEach((v, t) => {
            expect(leftOut[m][t], `${m} [${t}] left out`).toBeLessThanOrEqual(v);
            expect(removed[m][t], `${m} [${t}] removed`).toBeLessThanOrEqual(v);
          });
        }
      }),
    );
  });

  test('a delay never raises cumulative abatement in any year', () => {
    fc.assert(
      fc.property(portfolioWithScenario, fc.nat(), fc.integer({ min: 1, max: 5 }), ({ projects, scenario }, pick, delay) => {
        const target = projects[pick % projects.length];
        const current = createResolver([scenario]).explain(target).delayYears.value;
        const base = ok(runScenario(projects, [scenario])).totals;
        const later = ok(runScenario(projects, [withOverride(scenario, target.id, { delayYears: current + delay })])).totals;
        const everyone = ok(runScenario(projects, [{ ...scenario, assumptions: { ...scenario.assumptions, delayYears: (scenario.assumptions.delayYears ?? 0) + delay } }])).totals;
        for (const m of ['cumulativeNominal', 'cumulativeRiskWeighted', 'abatementNominal'] as const) {
          base[m].forEach((v, t) => {
            expect(later[m][t], `${m} [${t}] one project later`).toBeLessThanOrEqual(v);
            expect(everyone[m][t], `${m} [${t}] all later`).toBeLessThanOrEqual(v);
          });
        }
      }),
    );
  });

  test('the abatement factor scales abatement linearly', () => {
    fc.assert(
      fc.property(portfolioWithScenario, fc.double({ min: 0.1, max: 3, noNaN: true }), fc.double({ min: 0, max: 4, noNaN: true }), ({ projects, scenario }, factor, scale) => {
        // Overrides of the factor would not follow the global one; leave them out for this property.
        const strip = (o: Record<number, object>) =>
          Object.fromEntries(Object.entries(o).map(([k, v]) => [k, { ...v, abatementFactor: undefined }]));
        const s = { ...scenario, projectOverrides: strip(scenario.projectOverrides), clusterOverrides: strip(scenario.clusterOverrides) };
        const at = (f: number) => ok(runScenario(projects, [{ ...s, assumptions: { ...s.assumptions, abatementFactor: f } }])).totals;
        const one = at(factor);
        const scaled = at(factor * scale);
        for (const m of ['abatementNominal', 'abatementRiskWeighted', 'cumulativeNominal', 'cumulativeRiskWeighted'] as const) {
          one[m].forEach((v, t) => expect(Math.abs(scaled[m][t] - v * scale), `${m} [${t}]`).toBeLessThanOrEqual(1e-9 * Math.max(1, v * scale)));
        }
      }),
    );
  });

  test('the totals are the sum of the per-project series, and every roll-up sums to the totals, counting each project once', () => {
    const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    fc.assert(
      fc.property(portfolioWithScenario, ({ projects, scenario }) => {
        const r = ok(runScenario(projects, [scenario]));
        const counted = r.projects.filter((p) => p.included).length;
        const each = r.projects.map((_, i) => projectSeries(r, i));
        for (const m of sums) {
          r.totals[m].forEach((v, t) => expect(near(each.reduce((a, s) => a + s[m][t], 0), v), `${m} [${t}] per project`).toBe(true));
        }
        for (const dimension of ['cluster', 'country', 'category'] as const) {
          const groups = r.rollups[dimension];
          expect(groups.reduce((a, g) => a + g.projects, 0)).toBe(counted);
          for (const m of sums) {
            r.totals[m].forEach((v, t) => {
              expect(near(groups.reduce((a, g) => a + g.series[m][t], 0), v), `${dimension} ${m} [${t}]`).toBe(true);
            });
          }
        }
      }),
    );
  });
});
