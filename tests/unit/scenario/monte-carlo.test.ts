import { describe, expect, test } from 'vitest';
import { monteCarloSteps, runMonteCarlo, runScenario } from '../../../db/scenario';
import { seededUniform, xoshiro128ss } from '../../../db/scenario/rng';
import { drawTriangle, quantile, triangle } from '../../../db/scenario/stats';
import { list, ok, project, scenario } from './build';

// X: operational (100 %), 100 kt (60-140) from 2025, capex 50 (40-60).
// Y: at FID (70 %), 40 kt (20-60) from 2027 over a 2-year ramp-up.
// Z: MoU signed (20 %), 200 kt (100-300) from 2026.
// Symmetric ranges: each triangular mean is the central value, so the mean of the draws tends to
// the risk-weighted series: X 100; Y 40 × 0.7 × 1/2 = 14 in 2027, 28 after; Z 200 × 0.2 = 40 from 2026.
const X = project(1, { stage: 'operational', startYear: 2025, abatementKt: 100, abatementLowKt: 60, abatementHighKt: 140, capex: 50, capexLow: 40, capexHigh: 60 });
const Y = project(2, { stage: 'fid', startYear: 2027, rampUpYears: 2, abatementKt: 40, abatementLowKt: 20, abatementHighKt: 60 });
const Z = project(3, { stage: 'mou', startYear: 2026, abatementKt: 200, abatementLowKt: 100, abatementHighKt: 300 });
const portfolio = [X, Y, Z];
const chain = [scenario(1)];

describe('the random numbers', () => {
  test('xoshiro128** gives the reference sequence from state 1, 2, 3, 4, in one fill or several', () => {
    const reference = [11520, 0, 5927040, 70819200, 2031721883, 1637235492];
    const all = new Float64Array(6);
    xoshiro128ss([1, 2, 3, 4]).fill(all, 1);
    expect(list(all)).toEqual(reference);
    const generator = xoshiro128ss([1, 2, 3, 4]);
    const [a, b] = [new Float64Array(2), new Float64Array(4)];
    generator.fill(a, 1);
    generator.fill(b, 1);
    expect([...a, ...b]).toEqual(reference);
  });

  test('uniform numbers in [0, 1), the same for the same seed', () => {
    const a = seededUniform(42);
    const draws = Array.from({ length: 1000 }, () => a.next());
    const filled = new Float64Array(1000);
    seededUniform(42).fill(filled);
    expect(list(filled)).toEqual(draws);
    expect(draws.every((u) => u >= 0 && u < 1)).toBe(true);
    const other = seededUniform(43);
    expect(Array.from({ length: 5 }, () => other.next())).not.toEqual(draws.slice(0, 5));
  });

  test('triangular draws by the inverse distribution: low at 0, the mode at its own probability, the quarter point', () => {
    const draw = (u: number, low: number, mode: number, high: number) => {
      const t = triangle(low, mode, high);
      return drawTriangle(u, t.low, t.high, t.width, t.split, t.left, t.right);
    };
    expect(draw(0, 0, 1, 2)).toBe(0);
    expect(draw(0.5, 0, 1, 2)).toBe(1);
    // F(x) = x² / 2 below the mode: F(0.5) = 0.125.
    expect(draw(0.125, 0, 1, 2)).toBe(0.5);
    // Above the mode F(x) = 1 − (2 − x)² / 2: F(1.5) = 0.875.
    expect(draw(0.875, 0, 1, 2)).toBe(1.5);
    // Mode at an end: F(x) = x² / 4 on (0, 2): u = 0.25 gives 1.
    expect(draw(0.25, 0, 2, 2)).toBe(1);
    expect(draw(0.7, 5, 5, 5)).toBe(5);
  });

  test('quantiles interpolate between the nearest ranks', () => {
    const sorted = Float64Array.from([1, 2, 3, 4]);
    // Positions (n − 1) × q: 0.3 → 1.3; 1.5 → 2.5; 2.7 → 3.7.
    expect([0.1, 0.5, 0.9].map((q) => Math.round(quantile(sorted, q) * 1e9) / 1e9)).toEqual([1.3, 2.5, 3.7]);
  });
});

describe('Monte Carlo', () => {
  test('the same seed gives the same numbers; another seed, others', () => {
    const a = ok(runMonteCarlo(portfolio, chain, { seed: 7, draws: 2000 }));
    const b = ok(runMonteCarlo(portfolio, chain, { seed: 7, draws: 2000 }));
    const c = ok(runMonteCarlo(portfolio, chain, { seed: 8, draws: 2000 }));
    expect(list(a.abatement.p50)).toEqual(list(b.abatement.p50));
    expect(list(a.cumulative.p90)).toEqual(list(b.cumulative.p90));
    expect(list(a.abatement.mean)).not.toEqual(list(c.abatement.mean));
  });

  test('pinned figures: a change to the stream, its order or the arithmetic shows here', () => {
    // Recorded from this implementation (seed 42, 1,000 draws, year 2030). The stream and the
    // arithmetic are fixed by IEEE 754 and 32-bit integer operations, so every machine gives these bits.
    const r = ok(runMonteCarlo(portfolio, chain, { seed: 42, draws: 1000 }));
    expect([r.abatement.p10[5], r.abatement.p50[5], r.abatement.p90[5]]).toEqual([94.97903575907846, 139.41539343244187, 329.7835716996019]);
  });

  test('chunks change nothing but when progress is reported', () => {
    const one = ok(runMonteCarlo(portfolio, chain, { seed: 3, draws: 500, chunk: 1 }));
    const many = ok(runMonteCarlo(portfolio, chain, { seed: 3, draws: 500, chunk: 500 }));
    expect(list(one.abatement.p10)).toEqual(list(many.abatement.p10));
  });

  test('progress comes in chunks, and the caller may stop between them', () => {
    const steps = monteCarloSteps(portfolio, chain, { seed: 1, draws: 1000, chunk: 250 });
    const seen: number[] = [];
    let step = steps.next();
    while (!step.done) {
      seen.push(step.value.done);
      step = steps.next();
    }
    expect(seen).toEqual([250, 500, 750]);
    expect(step.value.ok).toBe(true);
    const stopped = monteCarloSteps(portfolio, chain, { seed: 1, draws: 1000, chunk: 250 });
    expect(stopped.next().value).toEqual({ done: 250, total: 1000 });
    expect(stopped.return(undefined as never).done).toBe(true);
  });

  test('the mean converges to the risk-weighted value', () => {
    // 2030: variance of the total = X 266.7 + Y 382.7 + Z 6733.3 ≈ 7383 (sd ≈ 86); with 20,000 draws
    // the standard error of the mean is ≈ 0.61, so 2.5 is four standard errors.
    const mc = ok(runMonteCarlo(portfolio, chain, { seed: 2025, draws: 20_000 }));
    const rw = ok(runScenario(portfolio, chain)).totals.abatementRiskWeighted;
    // By hand: 100; 100 + 40; 100 + 14 + 40; then 100 + 28 + 40.
    expect(list(rw)).toEqual([100, 140, 154, 168, 168, 168]);
    for (let t = 0; t < 6; t++) expect(Math.abs(mc.abatement.mean[t] - rw[t]), `year ${2025 + t}`).toBeLessThan(2.5);
  });

  test('with no uncertainty every percentile is the deterministic value', () => {
    const certain = portfolio.map((p) => ({ ...p, stage: 'operational' as const, abatementLowKt: null, abatementHighKt: null, capexLow: null, capexHigh: null }));
    const mc = ok(runMonteCarlo(certain, chain, { seed: 5, draws: 50 }));
    const det = ok(runScenario(certain, chain)).totals;
    for (const q of ['p10', 'p50', 'p90', 'mean'] as const) {
      expect(list(mc.abatement[q])).toEqual(list(det.abatementNominal));
      expect(list(mc.capex[q])).toEqual(list(det.capexNominal));
      expect(list(mc.cumulative[q])).toEqual(list(det.cumulativeNominal));
    }
  });

  test('percentiles are in order, and the spread comes from the ranges and the probabilities', () => {
    const mc = ok(runMonteCarlo(portfolio, chain, { seed: 11, draws: 4000 }));
    for (let t = 0; t < 6; t++) {
      expect(mc.abatement.p10[t]).toBeLessThanOrEqual(mc.abatement.p50[t]);
      expect(mc.abatement.p50[t]).toBeLessThan(mc.abatement.p90[t]);
    }
  });

  test('a project left out still takes its numbers, so the others draw the same as with it at 0 %', () => {
    const leftOut = ok(runMonteCarlo(portfolio, [scenario(1, { projectOverrides: { 2: { include: false } } })], { seed: 9, draws: 1000 }));
    const never = ok(runMonteCarlo(portfolio, [scenario(1, { projectOverrides: { 2: { probabilityPct: 0 } } })], { seed: 9, draws: 1000 }));
    expect(list(leftOut.abatement.p50)).toEqual(list(never.abatement.p50));
    expect(list(leftOut.cumulative.p90)).toEqual(list(never.cumulative.p90));
  });
});
