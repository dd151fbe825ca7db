import { projectStages, type ProjectStage } from '../schema/enums';
import { computeTotals } from './compute';
import { buildModel, type Model } from './model';
import { buildWindow, rampShare } from './shape';
import type { AssumptionsInput, Metric, Outcome, ProjectInput, ProjectModel, RunOptions, ScenarioDef } from './types';

export type SwingField = 'abatementFactor' | 'capexFactor' | 'delayYears' | 'rampUpYears' | 'buildYears';

export interface TornadoOptions {
  metric: Exclude<Metric, 'localisationProjects'>;
  year: number;
  /** Relative swing of the factors: 0.2 tries 80 % and 120 % of the scenario's value. Default 0.2. */
  relative?: number;
  /** Swing of the year-counts (delay, ramp-up, build years), down and up. Default 1. */
  years?: number;
  /** Swing of each stage probability, in percentage points. Default 10. */
  points?: number;
}

interface Swing {
  lowInput: number;
  highInput: number;
  lowValue: number;
  highValue: number;
  /** |highValue − lowValue|: the length of the bar. */
  swing: number;
}

export type TornadoBar =
  | ({ kind: 'assumption'; field: SwingField } & Swing)
  | ({ kind: 'stage'; stage: ProjectStage } & Swing)
  | ({ kind: 'project'; projectId: number; name: string; field: 'abatementKt' | 'capex' } & Swing);

export interface TornadoResult {
  metric: TornadoOptions['metric'];
  year: number;
  base: number;
  /** Largest effect first; assumptions and ranges that do not move the result are left out. */
  bars: TornadoBar[];
}

const withAssumptions = (chain: readonly ScenarioDef[], set: AssumptionsInput): ScenarioDef[] => [
  { ...chain[0], assumptions: { ...chain[0].assumptions, ...set } },
  ...chain.slice(1),
];

const riskWeighted = (metric: Metric) => metric.endsWith('RiskWeighted');

/** Project i's share of the result per unit of its (factored) abatement or capex, in the chosen year. */
function unitEffect(r: ProjectModel, metric: Metric, y0: number, year: number, buildYears: number): number {
  if (!r.included || Number.isNaN(r.start)) return 0;
  const weight = riskWeighted(metric) ? r.probability : 1;
  if (metric.startsWith('abatement')) return weight * rampShare(year - r.start, r.rampUpYears);
  if (metric.startsWith('cumulative')) {
    let sum = 0;
    for (let y = y0; y <= year; y++) sum += rampShare(y - r.start, r.rampUpYears);
    return weight * sum;
  }
  const { first, last, divisor } = buildWindow(r.start, buildYears);
  return year >= first && year <= last ? weight / divisor : 0;
}

function projectBars(model: Model, metric: Metric, year: number, base: number): TornadoBar[] {
  const field = metric.startsWith('capex') ? 'capex' : metric.startsWith('abatement') || metric.startsWith('cumulative') ? 'abatementKt' : null;
  if (!field) return [];
  const bars: TornadoBar[] = [];
  for (const r of model.rows) {
    const [low, mid, high, lowInput, highInput] =
      field === 'capex'
        ? [r.capexLow, r.capex, r.capexHigh, r.project.capexLow, r.project.capexHigh]
        : [r.abatementLow, r.abatement, r.abatementHigh, r.project.abatementLowKt, r.project.abatementHighKt];
    if (Number.isNaN(mid) || low === high) continue;
    const unit = unitEffect(r, metric, model.years[0], year, model.globals.buildYears.value);
    const lowValue = base + (low - mid) * unit;
    const highValue = base + (high - mid) * unit;
    const swing = Math.abs(highValue - lowValue);
    if (swing === 0) continue;
    bars.push({ kind: 'project', projectId: r.project.id, name: r.project.name, field, lowInput: lowInput ?? r.project[field]!, highInput: highInput ?? r.project[field]!, lowValue, highValue, swing });
  }
  return bars;
}

const order = (b: TornadoBar) => (b.kind === 'project' ? `2 ${String(b.projectId).padStart(12, '0')} ${b.field}` : b.kind === 'stage' ? `1 ${b.stage}` : `0 ${b.field}`);

/**
 * Which assumptions move a chosen result most in a chosen year. Each global assumption is swung
 * down and up around the scenario's value (it then applies to every project that does not set its
 * own), each stage probability likewise for risk-weighted results, and each project's abatement or
 * capex between its low and high values, the others staying central.
 */
export function tornado(projects: readonly ProjectInput[], chain: readonly ScenarioDef[], options: TornadoOptions, runOptions: RunOptions = {}): Outcome<TornadoResult> {
  const built = buildModel(projects, chain, runOptions);
  if (!built.ok) return built;
  const model = built.result;
  const { metric, year, relative = 0.2, years: step = 1, points = 10 } = options;
  const t = year - model.years[0];
  const problems = [
    (!Number.isInteger(year) || t < 0 || t >= model.years.length) && `The year ${year} is outside the horizon ${model.years[0]}-${model.years.at(-1)}.`,
    !(relative >= 0 && relative < 1) && `The relative swing must be from 0 up to 1 (got ${relative}).`,
    !(Number.isInteger(step) && step >= 0 && step <= 30) && `The swing in years must be a whole number from 0 to 30 (got ${step}).`,
    !(points >= 0 && points <= 100) && `The swing of stage probabilities must be from 0 to 100 points (got ${points}).`,
  ].filter((m): m is string => typeof m === 'string');
  if (problems.length) return { ok: false, issues: problems.map((message) => ({ severity: 'error', code: 'tornado', message })) };
  // Swung values stay in their valid ranges (checked above and clamped below), so the swung chain is valid too.
  const valueOf = (set: AssumptionsInput) => {
    const swung = buildModel(projects, withAssumptions(chain, set), runOptions);
    return swung.ok ? computeTotals(swung.result)[metric][t] : NaN;
  };
  const base = computeTotals(model)[metric][t];
  const bar = (lowInput: number, highInput: number, low: AssumptionsInput, high: AssumptionsInput): Swing => {
    const lowValue = valueOf(low);
    const highValue = valueOf(high);
    return { lowInput, highInput, lowValue, highValue, swing: Math.abs(highValue - lowValue) };
  };

  const g = model.globals;
  const bars: TornadoBar[] = [];
  for (const field of ['abatementFactor', 'capexFactor'] as const) {
    const v = g[field].value;
    bars.push({ kind: 'assumption', field, ...bar(v * (1 - relative), v * (1 + relative), { [field]: v * (1 - relative) }, { [field]: v * (1 + relative) }) });
  }
  for (const field of ['delayYears', 'rampUpYears', 'buildYears'] as const) {
    const v = g[field].value;
    const [lo, hi] = [Math.max(0, v - step), Math.min(field === 'delayYears' ? 100 : 30, v + step)];
    bars.push({ kind: 'assumption', field, ...bar(lo, hi, { [field]: lo }, { [field]: hi }) });
  }
  if (riskWeighted(metric)) {
    for (const stage of projectStages) {
      const v = g.stageProbabilityPct[stage].value;
      const [lo, hi] = [Math.max(0, v - points), Math.min(100, v + points)];
      const table = (pct: number) => ({ stageProbabilityPct: { ...chain[0].assumptions.stageProbabilityPct, [stage]: pct } });
      bars.push({ kind: 'stage', stage, ...bar(lo, hi, table(lo), table(hi)) });
    }
  }
  bars.push(...projectBars(model, metric, year, base));
  const shown = bars.filter((b) => b.swing > 0);
  shown.sort((a, b) => b.swing - a.swing || (order(a) < order(b) ? -1 : 1));
  return { ok: true, result: { metric, year, base, bars: shown } };
}
