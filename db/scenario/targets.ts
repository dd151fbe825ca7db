import type { Issue, ScenarioResult, Series, Target, TargetMetric } from './types';

export interface GapAt {
  /** The result in the target's year; null when the year is outside the horizon or nothing has a value. */
  value: number | null;
  /** Value minus target: negative is a shortfall. */
  gap: number | null;
  met: boolean;
  /** Value minus target in every horizon year (null where there is no value), for the path to the target. */
  byYear: (number | null)[];
  /** The first horizon year in which the target value is reached, if any. */
  firstYearMet: number | null;
}

export interface TargetGap {
  target: Target;
  /** The target converted to the unit of the results (kt CO2e for abatement). */
  targetValue: number;
  nominal: GapAt;
  riskWeighted: GapAt;
}

/** Abatement results are in kt CO2e; a target may be stated in t, kt or Mt. Other units are compared as stated. */
function scale(metric: TargetMetric, unit: string): number | null {
  if (metric !== 'abatement' && metric !== 'cumulative_abatement') return 1;
  const prefix = /^\s*(Mt|kt|t)(?![a-z])/.exec(unit)?.[1];
  return prefix === 'Mt' ? 1000 : prefix === 'kt' ? 1 : prefix === 't' ? 0.001 : null;
}

/** Jobs targets count construction and permanent jobs in the year together: the jobs the projects support. */
function seriesFor(metric: TargetMetric, s: Series, weighted: boolean): Float64Array {
  const w = weighted ? 'RiskWeighted' : 'Nominal';
  switch (metric) {
    case 'abatement':
      return s[`abatement${w}`];
    case 'cumulative_abatement':
      return s[`cumulative${w}`];
    case 'capex':
      return s[`capex${w}`];
    case 'jobs':
      return s[`jobsConstruction${w}`].map((v, t) => v + s[`jobsPermanent${w}`][t]);
    case 'localisation':
      return s.localisationPct;
  }
}

/** `values` is null for a scope with no project: every sum is then zero, and there is no localisation. */
function gapAt(years: readonly number[], values: Float64Array | null, missing: number, year: number, target: number): GapAt {
  const byYear = years.map((_, t) => {
    const v = values ? values[t] : missing;
    return Number.isNaN(v) ? null : v - target;
  });
  const t = year - years[0];
  const gap = t >= 0 && t < years.length ? byYear[t] : null;
  const met = byYear.findIndex((g) => g != null && g >= 0);
  return {
    value: gap == null ? null : gap + target,
    gap,
    met: gap != null && gap >= 0,
    byYear,
    firstYearMet: met < 0 ? null : years[met],
  };
}

/**
 * The gap between a scenario's results and each target, for its scope (a country or a cluster),
 * nominal and risk-weighted. A scope with no project in the portfolio has zero of every sum and no
 * localisation value.
 */
export function targetGaps(result: ScenarioResult, targets: readonly Target[]): { gaps: TargetGap[]; issues: Issue[] } {
  const gaps: TargetGap[] = [];
  const issues: Issue[] = [];
  for (const target of targets) {
    const factor = scale(target.metric, target.unit);
    if (factor == null) {
      issues.push({
        severity: 'warning',
        code: 'target-unit',
        message: `Target “${target.name}”: the unit “${target.unit}” is not understood for abatement; use t, kt or Mt CO2e. The target is not compared.`,
      });
      continue;
    }
    const group =
      target.scope === 'country'
        ? result.rollups.country.find((g) => g.key === target.country)
        : result.rollups.cluster.find((g) => g.key === target.clusterId);
    const targetValue = target.value * factor;
    const missing = target.metric === 'localisation' ? NaN : 0;
    const at = (weighted: boolean) =>
      gapAt(result.years, group ? seriesFor(target.metric, group.series, weighted) : null, missing, target.year, targetValue);
    gaps.push({ target, targetValue, nominal: at(false), riskWeighted: at(true) });
  }
  return { gaps, issues };
}
