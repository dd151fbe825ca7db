import { buildWindow, localisationAt, rampShare } from './shape';
import { additiveMetrics, type AdditiveMetric, type ProjectModel, type Series } from './types';

/**
 * A block of sums for one group of projects: for each additive metric its nominal and risk-weighted
 * sum per year, then the sum and count of localisation shares. Blocks add up, so a roll-up is the
 * sum of the blocks of its projects and nothing is counted twice.
 */
export const BLOCK_FIELDS = additiveMetrics.length * 2 + 2;
const RW = additiveMetrics.length;
const LOC_SUM = RW * 2;
const LOC_COUNT = LOC_SUM + 1;
const field = (m: AdditiveMetric) => additiveMetrics.indexOf(m);
const ABATEMENT = field('abatement');
const CAPEX = field('capex');
const JOBS_CONSTRUCTION = field('jobsConstruction');
const JOBS_PERMANENT = field('jobsPermanent');
const OPERATING = field('operatingProjects');

/** Adds the same value to years from … to − 1 of one metric, nominal and risk-weighted. */
function addSpan(acc: Float64Array, base: number, n: number, f: number, from: number, to: number, value: number, p: number): void {
  const nominal = base + f * n;
  const weighted = base + (f + RW) * n;
  const w = p * value;
  for (let t = from; t < to; t++) {
    acc[nominal + t] += value;
    acc[weighted + t] += w;
  }
}

/**
 * Adds one project's values for the horizon years y0 … y0 + n − 1 into the block at `base`: the
 * method of shape.ts year by year, nominal and times the project's probability. A value the project
 * lacks is NaN in its model and adds nothing.
 */
export function addProject(acc: Float64Array, base: number, r: ProjectModel, y0: number, n: number, buildYears: number): void {
  if (!r.included) return;
  if (r.localisation) {
    const { current, target, targetYear } = r.localisation;
    for (let t = 0; t < n; t++) {
      acc[base + LOC_SUM * n + t] += localisationAt(y0 + t, y0, current, target, targetYear);
      acc[base + LOC_COUNT * n + t] += 1;
    }
  }
  if (Number.isNaN(r.start)) return;
  const p = r.probability;
  const k0 = y0 - r.start;
  const operating = Math.min(n, Math.max(0, -k0));
  if (!Number.isNaN(r.abatement)) {
    const nominal = base + ABATEMENT * n;
    const weighted = base + (ABATEMENT + RW) * n;
    for (let t = operating; t < n; t++) {
      const v = r.abatement * rampShare(k0 + t, r.rampUpYears);
      acc[nominal + t] += v;
      acc[weighted + t] += p * v;
    }
  }
  if (!Number.isNaN(r.jobsPermanent)) addSpan(acc, base, n, JOBS_PERMANENT, operating, n, r.jobsPermanent, p);
  if (r.operating) addSpan(acc, base, n, OPERATING, operating, n, 1, p);
  const { first, last, divisor } = buildWindow(r.start, buildYears);
  const t0 = Math.min(n, Math.max(0, first - y0));
  const t1 = Math.max(t0, Math.min(n, last - y0 + 1));
  if (!Number.isNaN(r.capex)) addSpan(acc, base, n, CAPEX, t0, t1, r.capex / divisor, p);
  if (!Number.isNaN(r.jobsConstruction)) addSpan(acc, base, n, JOBS_CONSTRUCTION, t0, t1, r.jobsConstruction, p);
}

export function addBlock(acc: Float64Array, base: number, src: Float64Array, srcBase: number, n: number): void {
  for (let j = 0; j < BLOCK_FIELDS * n; j++) acc[base + j] += src[srcBase + j];
}

const cumulative = (a: Float64Array) => {
  const out = new Float64Array(a.length);
  let sum = 0;
  for (let t = 0; t < a.length; t++) out[t] = sum += a[t];
  return out;
};

/** The series of one block; cumulative abatement runs from the first horizon year. */
export function toSeries(acc: Float64Array, base: number, n: number): Series {
  const slice = (f: number) => acc.slice(base + f * n, base + (f + 1) * n);
  const count = slice(LOC_COUNT);
  const sum = slice(LOC_SUM);
  const series = {} as Series;
  additiveMetrics.forEach((m, f) => {
    series[`${m}Nominal`] = slice(f);
    series[`${m}RiskWeighted`] = slice(f + RW);
  });
  series.cumulativeNominal = cumulative(series.abatementNominal);
  series.cumulativeRiskWeighted = cumulative(series.abatementRiskWeighted);
  series.localisationPct = sum.map((s, t) => (count[t] > 0 ? s / count[t] : NaN));
  series.localisationProjects = count;
  return series;
}
