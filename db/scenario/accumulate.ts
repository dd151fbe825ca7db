import { additiveMetrics, type AdditiveMetric, type ProjectRows, type Series } from './types';

/**
 * A block of sums for one group of projects: for each additive metric its nominal and risk-weighted
 * sum per year, then the sum and count of localisation shares. Blocks add up, so a roll-up is the
 * sum of the blocks of its projects and nothing is counted twice.
 */
export const BLOCK_FIELDS = additiveMetrics.length * 2 + 2;
const RW = additiveMetrics.length;
const LOC_SUM = RW * 2;
const LOC_COUNT = LOC_SUM + 1;

const sources = (rows: ProjectRows): Float64Array[] => {
  const of: Record<AdditiveMetric, Float64Array> = {
    abatement: rows.abatement,
    capex: rows.capex,
    jobsConstruction: rows.jobsConstruction,
    jobsPermanent: rows.jobsPermanent,
    operatingProjects: rows.operating,
  };
  return additiveMetrics.map((m) => of[m]);
};

/** Adds project i's rows, nominal and times its probability, into the block at `base`. */
export function adder(rows: ProjectRows, n: number): (acc: Float64Array, base: number, i: number) => void {
  const src = sources(rows);
  return (acc, base, i) => {
    const p = rows.probability[i];
    const off = i * n;
    for (let f = 0; f < RW; f++) {
      const row = src[f];
      const nominal = base + f * n;
      const weighted = base + (f + RW) * n;
      for (let t = 0; t < n; t++) {
        const v = row[off + t];
        acc[nominal + t] += v;
        acc[weighted + t] += p * v;
      }
    }
    const loc = rows.localisation;
    if (Number.isNaN(loc[off])) return;
    for (let t = 0; t < n; t++) {
      acc[base + LOC_SUM * n + t] += loc[off + t];
      acc[base + LOC_COUNT * n + t] += 1;
    }
  };
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
  const field = (f: number) => acc.slice(base + f * n, base + (f + 1) * n);
  const count = field(LOC_COUNT);
  const sum = field(LOC_SUM);
  const series = {} as Series;
  additiveMetrics.forEach((m, f) => {
    series[`${m}Nominal`] = field(f);
    series[`${m}RiskWeighted`] = field(f + RW);
  });
  series.cumulativeNominal = cumulative(series.abatementNominal);
  series.cumulativeRiskWeighted = cumulative(series.abatementRiskWeighted);
  series.localisationPct = sum.map((s, t) => (count[t] > 0 ? s / count[t] : NaN));
  series.localisationProjects = count;
  return series;
}
