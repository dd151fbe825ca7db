import { projectCategories, type ProjectCategory } from '../schema/enums';
import type { ComparisonMetric, ComparisonSettings } from '../schema/scenarios';
import { scenarioChain } from './chain';
import { compareScenarios, type AssumptionDiff } from './compare';
import { targetGaps, type GapAt } from './targets';
import { tornado, type TornadoOptions, type TornadoResult } from './tornado';
import type { ExcludedProject, Issue, Outcome, ProjectInput, ScenarioDef, ScenarioResult, Series, Target, TargetMetric } from './types';

/** The portfolio and scenarios a comparison is drawn from: the output of the `scenarios.inputs` method fits. */
export interface ViewInputs {
  projects: readonly ProjectInput[];
  /** The compared scenarios and all their parents. */
  scenarios: readonly (ScenarioDef & { illustrative?: boolean })[];
  targets: readonly (Target & { sourced?: boolean })[];
  clusters?: readonly { id: number; name: string }[];
}

/** A saved comparison (or one being set up): which scenarios, in order, and the choices of its charts. */
export interface ComparisonChoice {
  scenarioIds: readonly number[];
  settings: ComparisonSettings;
}

/** One year of a chart: the year and a value per scenario key (null outside that scenario's horizon). */
export type YearRow = { year: number } & { [key: string]: number | null };

export interface ViewScenario {
  id: number;
  name: string;
  /** The data key of this scenario in every YearRow. */
  key: string;
  illustrative: boolean;
}

export interface TargetView {
  target: Target & { sourced?: boolean };
  /** The target in the unit of the results (kt CO2e for abatement). */
  targetValue: number;
  gaps: { scenarioId: number; nominal: GapAt; riskWeighted: GapAt }[];
}

export interface ComparisonView {
  years: number[];
  scenarios: ViewScenario[];
  settings: ComparisonSettings;
  /** The year the tornado and the focus of the table are about. */
  year: number;
  /** The scenario whose tornado (and Monte Carlo fan) is drawn. */
  focus: ViewScenario;
  /** The currency of capex: the first scenario's (each scenario may set its own; capex is never converted). */
  currency: string;
  /** Every chart metric, nominal and risk-weighted (the same rows twice for localisation), a row per year. */
  lines: Record<ComparisonMetric, { nominal: YearRow[]; riskWeighted: YearRow[] }>;
  /** Abatement by category, one set of rows per scenario, for stacked areas on one axis. */
  stacked: { scenarioId: number; rows: YearRow[] }[];
  /** The categories with any abatement in any scenario, in the domain's order: the stacked areas' keys. */
  categories: ProjectCategory[];
  /** The chosen metric year by year: each scenario's value, and each later one minus the first. */
  differences: { year: number; values: (number | null)[]; differences: (number | null)[] }[];
  /** Targets of the chosen metric, for the charts' reference lines; every target's gap is in `gaps`. */
  chartTargets: TargetView[];
  gaps: TargetView[];
  /** Each counted project's own localisation target, for the localisation chart. */
  localisationTargets: { projectId: number; name: string; pct: number; year: number }[];
  tornado: TornadoResult | null;
  assumptions: AssumptionDiff[];
  excluded: { scenarioId: number; projects: ExcludedProject[] }[];
  /** Warnings of the runs (errors stop the view instead). */
  issues: Issue[];
}

export const scenarioKey = (id: number) => `s${id}`;

/** Jobs are construction and permanent jobs together, as a jobs target counts them. */
export function metricSeries(series: Series, metric: ComparisonMetric, riskWeighted: boolean): Float64Array {
  const w = riskWeighted ? 'RiskWeighted' : 'Nominal';
  switch (metric) {
    case 'abatement':
      return series[`abatement${w}`];
    case 'cumulative':
      return series[`cumulative${w}`];
    case 'capex':
      return series[`capex${w}`];
    case 'jobs':
      return series[`jobsConstruction${w}`].map((v, t) => v + series[`jobsPermanent${w}`][t]);
    case 'operatingProjects':
      return series[`operatingProjects${w}`];
    case 'localisation':
      return series.localisationPct;
  }
}

const TARGET_METRIC: Record<ComparisonMetric, TargetMetric | null> = {
  abatement: 'abatement',
  cumulative: 'cumulative_abatement',
  capex: 'capex',
  jobs: 'jobs',
  operatingProjects: null,
  localisation: 'localisation',
};

/** The target metric a chart metric is compared with; operating projects have none. */
export const targetMetricOf = (metric: ComparisonMetric) => TARGET_METRIC[metric];

/** The tornado swings one engine result: for jobs, the permanent jobs, which last beyond the build. */
export function tornadoMetricOf(metric: ComparisonMetric, riskWeighted: boolean): TornadoOptions['metric'] {
  const w = riskWeighted ? 'RiskWeighted' : 'Nominal';
  if (metric === 'localisation') return 'localisationPct';
  if (metric === 'jobs') return `jobsPermanent${w}`;
  return `${metric}${w}`;
}

const finite = (v: number) => (Number.isFinite(v) ? v : null);

/** Rows of a year axis from aligned per-scenario values. */
function rows(years: readonly number[], keys: readonly string[], values: readonly ArrayLike<number>[]): YearRow[] {
  return years.map((year, t) => {
    const row: YearRow = { year } as YearRow;
    keys.forEach((k, i) => (row[k] = finite(values[i][t])));
    return row;
  });
}

/** A scenario's values on the common axis: NaN outside its own horizon. */
function aligned(years: readonly number[], r: ScenarioResult, values: Float64Array): Float64Array {
  const out = new Float64Array(years.length).fill(NaN);
  out.set(values, r.years[0] - years[0]);
  return out;
}

/** The last year all horizons share, or the last year of the first horizon when they do not overlap. */
function sharedLastYear(results: readonly ScenarioResult[]): number {
  const end = Math.min(...results.map((r) => r.years.at(-1)!));
  const start = Math.max(...results.map((r) => r.years[0]));
  return end >= start ? end : results[0].years.at(-1)!;
}

/**
 * A comparison as charts and tables: every series on one axis of years, the differences from the
 * first scenario, targets and their gaps, the tornado of the scenario in focus, the assumptions
 * that differ and the projects left out. Pure: the comparison view and the briefing's PDF template
 * draw the same numbers from the same inputs.
 */
export function comparisonView(choice: ComparisonChoice, inputs: ViewInputs): Outcome<ComparisonView> {
  const chains: ScenarioDef[][] = [];
  for (const id of choice.scenarioIds) {
    const { chain, issues } = scenarioChain(inputs.scenarios, id);
    if (issues.length) return { ok: false, issues };
    chains.push(chain);
  }
  const clusterNames = Object.fromEntries((inputs.clusters ?? []).map((c) => [c.id, c.name]));
  const compared = compareScenarios(inputs.projects, chains, { clusterNames });
  if (!compared.ok) return compared;
  const { results, diff, assumptions } = compared.result;
  const { settings } = choice;
  const years = diff.years;
  const illustrative = new Map(inputs.scenarios.map((s) => [s.id, s.illustrative ?? false]));
  const scenarios = results.map((r) => ({ id: r.scenarioId, name: r.scenarioName, key: scenarioKey(r.scenarioId), illustrative: illustrative.get(r.scenarioId) ?? false }));
  const keys = scenarios.map((s) => s.key);
  const valuesOf = (metric: ComparisonMetric, weighted: boolean) => results.map((r) => aligned(years, r, metricSeries(r.totals, metric, weighted)));

  const lines = Object.fromEntries(
    (Object.keys(TARGET_METRIC) as ComparisonMetric[]).map((m) => [m, { nominal: rows(years, keys, valuesOf(m, false)), riskWeighted: rows(years, keys, valuesOf(m, true)) }]),
  ) as ComparisonView['lines'];

  const weightedAbatement = (g: { series: Series }) => (settings.riskWeighted ? g.series.abatementRiskWeighted : g.series.abatementNominal);
  const categories = projectCategories.filter((c) => results.some((r) => r.rollups.category.some((g) => g.key === c && weightedAbatement(g).some((v) => v > 0))));
  const stacked = results.map((r) => {
    const byCategory = categories.map((c) => {
      const group = r.rollups.category.find((g) => g.key === c);
      return aligned(years, r, group ? weightedAbatement(group) : new Float64Array(r.years.length));
    });
    return { scenarioId: r.scenarioId, rows: rows(years, categories, byCategory) };
  });

  const chosen = valuesOf(settings.metric, settings.riskWeighted);
  const differences = years.map((year, t) => ({
    year,
    values: chosen.map((v) => finite(v[t])),
    differences: chosen.slice(1).map((v) => finite(v[t] - chosen[0][t])),
  }));

  const issues: Issue[] = results.flatMap((r) => r.issues);
  const perScenario = results.map((r) => targetGaps(r, inputs.targets));
  issues.push(...perScenario[0].issues);
  const gaps: TargetView[] = perScenario[0].gaps.map((g, i) => ({
    target: g.target,
    targetValue: g.targetValue,
    gaps: perScenario.map((p, k) => ({ scenarioId: results[k].scenarioId, nominal: p.gaps[i].nominal, riskWeighted: p.gaps[i].riskWeighted })),
  }));
  const chartMetric = targetMetricOf(settings.metric);

  const seen = new Set<string>();
  const localisationTargets = results.flatMap((r) =>
    r.projects.flatMap((m) => {
      if (!m.included || !m.localisation) return [];
      const key = `${m.project.id}:${m.localisation.target}:${m.localisation.targetYear}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ projectId: m.project.id, name: m.project.name, pct: m.localisation.target, year: m.localisation.targetYear }];
    }),
  );

  const year = settings.year != null && years.includes(settings.year) ? settings.year : sharedLastYear(results);
  const focusIndex = Math.max(0, results.findIndex((r) => r.scenarioId === settings.focusScenarioId));
  const focusResult = results[focusIndex];
  const swing =
    year >= focusResult.years[0] && year <= focusResult.years.at(-1)!
      ? tornado(inputs.projects, chains[focusIndex], { metric: tornadoMetricOf(settings.metric, settings.riskWeighted), year }, { clusterNames })
      : null;

  return {
    ok: true,
    result: {
      years,
      scenarios,
      settings,
      year,
      focus: scenarios[focusIndex],
      currency: results[0].assumptions.currency.value,
      lines,
      stacked,
      categories,
      differences,
      chartTargets: chartMetric ? gaps.filter((g) => g.target.metric === chartMetric) : [],
      gaps,
      localisationTargets,
      tornado: swing?.ok ? swing.result : null,
      assumptions,
      excluded: results.map((r) => ({ scenarioId: r.scenarioId, projects: r.excluded })),
      issues,
    },
  };
}
