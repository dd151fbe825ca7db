import { describe, expect, test } from 'vitest';
import { runScenario, tornado, type TornadoBar } from '../../../db/scenario';
import { failed, ok, project, scenario } from './build';

// A: operational, from 2026, 90 kt (60-120) over a 3-year ramp-up: full from 2028.
// B: at FID (70 %), from 2028, 40 kt, no range.
// In 2028: nominal 90 + 40 = 130; risk-weighted 90 + 28 = 118.
const A = project(1, { name: 'A', stage: 'operational', startYear: 2026, rampUpYears: 3, abatementKt: 90, abatementLowKt: 60, abatementHighKt: 120 });
const B = project(2, { name: 'B', stage: 'fid', startYear: 2028, rampUpYears: 0, abatementKt: 40 });
const chain = [scenario(1)];

const label = (b: TornadoBar) => (b.kind === 'project' ? `project ${b.name}` : b.kind === 'stage' ? `stage ${b.stage}` : b.field);
const round = (x: number) => Math.round(x * 1e9) / 1e9;
const summary = (bars: TornadoBar[]) => bars.map((b) => [label(b), round(b.lowValue), round(b.highValue)]);

describe('tornado', () => {
  test('nominal abatement in 2028, largest swing first; assumptions that do not move it are left out', () => {
    const r = ok(tornado([A, B], chain, { metric: 'abatementNominal', year: 2028 }));
    expect(r.base).toBe(130);
    expect(summary(r.bars)).toEqual([
      // Delay 0 → 1: A in its 2nd year (60), B not yet started: 60. Delay cannot go below 0: 130.
      ['delayYears', 130, 60],
      // A from 60 to 120 kt, full in 2028: 130 − 30 and 130 + 30.
      ['project A', 100, 160],
      // × 0.8 and × 1.2 of 130.
      ['abatementFactor', 104, 156],
    ]);
    const a = r.bars.find((b) => b.kind === 'project')!;
    expect(a).toMatchObject({ lowInput: 60, highInput: 120, swing: 60 });
  });

  test('risk-weighted abatement adds the stage probabilities, ten points each way', () => {
    const r = ok(tornado([A, B], chain, { metric: 'abatementRiskWeighted', year: 2028 }));
    expect(r.base).toBe(118);
    expect(summary(r.bars)).toEqual([
      ['project A', 88, 148],
      // Delay: A at 60 × 100 %, B not started.
      ['delayYears', 118, 60],
      // 118 × 0.8 and × 1.2.
      ['abatementFactor', 94.4, 141.6],
      // Operational 90 % (capped at 100 above): 81 + 28 = 109 and 118.
      ['stage operational', 109, 118],
      // FID 60 % and 80 %: 90 + 24 and 90 + 32.
      ['stage fid', 114, 122],
    ]);
  });

  test("a project's bar is what a run with its low or high value gives", () => {
    const r = ok(tornado([A, B], chain, { metric: 'cumulativeRiskWeighted', year: 2030 }));
    const bar = r.bars.find((b) => b.kind === 'project')!;
    const at = (kt: number) => ok(runScenario([{ ...A, abatementKt: kt, abatementLowKt: null, abatementHighKt: null }, B], chain)).totals.cumulativeRiskWeighted[5];
    expect(round(bar.lowValue)).toBe(round(at(60)));
    expect(round(bar.highValue)).toBe(round(at(120)));
  });

  test('capex bars come from capex ranges and the capex assumptions', () => {
    const C = project(3, { name: 'C', stage: 'operational', startYear: 2029, capex: 90, capexLow: 60, capexHigh: 150 });
    const r = ok(tornado([C], chain, { metric: 'capexNominal', year: 2027 }));
    // Built 2026-2028 at 90 / 3 = 30 a year. Low 60 / 3 = 20, high 150 / 3 = 50.
    expect(r.base).toBe(30);
    expect(summary(r.bars).find(([l]) => l === 'project C')).toEqual(['project C', 20, 50]);
    // Build years 2 → 45 a year in 2027-2028; 4 → 22.5 a year in 2025-2028.
    expect(summary(r.bars).find(([l]) => l === 'buildYears')).toEqual(['buildYears', 45, 22.5]);
  });

  test('a year outside the horizon is refused', () => {
    expect(failed(tornado([A], chain, { metric: 'abatementNominal', year: 2040 }))[0].message).toBe('The year 2040 is outside the horizon 2025-2030.');
  });
});
