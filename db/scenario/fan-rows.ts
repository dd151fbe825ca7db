import type { ComparisonMetric } from '../schema/scenarios';
import type { MonteCarloResult } from './monte-carlo';

/** The results a Monte Carlo run draws. */
export type FanMetric = 'abatement' | 'cumulative' | 'capex';

/** One year of a fan chart: the band from P10 to P90 and the median. */
export interface FanRow {
  year: number;
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  /** [P10, P90], the shape a range area takes. */
  band: [number, number];
}

/** The Monte Carlo result that matches a chart metric; the others (jobs, localisation, counts) are not drawn, so abatement. */
export const fanMetricOf = (metric: ComparisonMetric): FanMetric => (metric === 'cumulative' || metric === 'capex' ? metric : 'abatement');

/** A Monte Carlo run's percentiles as chart rows. */
export function fanRows(result: MonteCarloResult, metric: FanMetric): FanRow[] {
  const p = result[metric];
  return result.years.map((year, t) => ({ year, p10: p.p10[t], p50: p.p50[t], p90: p.p90[t], mean: p.mean[t], band: [p.p10[t], p.p90[t]] }));
}
