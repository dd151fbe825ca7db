import { projectStages, type ProjectStage } from '../schema/enums';
import { runScenario } from './compute';
import { createResolver, resolveGlobals, type Level, type Provenance } from './resolve';
import {
  metrics,
  overrideFields,
  type Issue,
  type Metric,
  type Outcome,
  type OverrideField,
  type ProjectInput,
  type RunOptions,
  type ScenarioDef,
  type ScenarioResult,
} from './types';

export interface ResultsDiff {
  /** Every year of any of the horizons; a scenario has NaN in a year outside its own horizon. */
  years: number[];
  scenarios: { id: number; name: string }[];
  /** Per metric: each scenario's values, and each later scenario minus the first. */
  metrics: Record<Metric, { values: Float64Array[]; differences: Float64Array[] }>;
}

export interface DiffValue {
  scenarioId: number;
  scenarioName: string;
  /** null where the scenario does not set the value (a cluster override it lacks). */
  value: unknown;
  from: Provenance | null;
}

export type AssumptionDiff =
  | { level: 'global'; field: string; stage?: ProjectStage; values: DiffValue[] }
  | { level: 'cluster'; clusterId: number; field: OverrideField; values: DiffValue[] }
  | { level: 'project'; projectId: number; name: string; field: OverrideField; values: DiffValue[] };

const tooMany = (n: number): Issue[] =>
  n >= 2 && n <= 4 ? [] : [{ severity: 'error', code: 'compare', message: `A comparison shows 2 to 4 scenarios (got ${n}).` }];

/** The results of 2-4 scenarios on one axis of years, with the difference of each from the first. */
export function diffResults(results: readonly ScenarioResult[]): Outcome<ResultsDiff> {
  const issues = tooMany(results.length);
  if (issues.length) return { ok: false, issues };
  const first = Math.min(...results.map((r) => r.years[0]));
  const last = Math.max(...results.map((r) => r.years.at(-1)!));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const aligned = (r: ScenarioResult, metric: Metric) => {
    const out = new Float64Array(years.length).fill(NaN);
    out.set(r.totals[metric], r.years[0] - first);
    return out;
  };
  const byMetric = Object.fromEntries(
    metrics.map((metric) => {
      const values = results.map((r) => aligned(r, metric));
      return [metric, { values, differences: values.slice(1).map((v) => v.map((x, t) => x - values[0][t])) }];
    }),
  ) as ResultsDiff['metrics'];
  return { ok: true, result: { years, scenarios: results.map((r) => ({ id: r.scenarioId, name: r.scenarioName })), metrics: byMetric } };
}

const differ = (values: DiffValue[]) => values.some((v) => !Object.is(v.value, values[0].value));

function provenanceFor(chain: readonly ScenarioDef[], i: number, level: Level): Provenance {
  return { from: i === 0 ? 'scenario' : 'parent', scenarioId: chain[i].id, scenarioName: chain[i].name, level };
}

/**
 * The assumptions that differ between 2-4 scenarios, and where each value comes from: the horizon
 * and global assumptions; each cluster override (null where a scenario has none); and each project
 * value that any of the scenarios overrides for that project, as the project finally gets it.
 */
export function diffAssumptions(projects: readonly ProjectInput[], chains: readonly (readonly ScenarioDef[])[]): AssumptionDiff[] {
  const heads = chains.map((c) => c[0]);
  const at = (i: number, value: unknown, from: Provenance | null): DiffValue => ({ scenarioId: heads[i].id, scenarioName: heads[i].name, value, from });
  const out: AssumptionDiff[] = [];
  const push = (d: AssumptionDiff) => differ(d.values) && out.push(d);

  for (const field of ['horizonStart', 'horizonEnd'] as const) {
    push({ level: 'global', field, values: heads.map((h, i) => at(i, h[field], provenanceFor(chains[i], 0, 'global'))) });
  }
  const globals = chains.map(resolveGlobals);
  for (const field of Object.keys(globals[0]) as (keyof (typeof globals)[0])[]) {
    if (field === 'stageProbabilityPct') continue;
    push({ level: 'global', field, values: globals.map((g, i) => at(i, g[field].value, g[field].from)) });
  }
  for (const stage of projectStages) {
    push({ level: 'global', field: 'stageProbabilityPct', stage, values: globals.map((g, i) => at(i, g.stageProbabilityPct[stage].value, g.stageProbabilityPct[stage].from)) });
  }

  const clusterIds = [...new Set(chains.flat().flatMap((s) => Object.keys(s.clusterOverrides).map(Number)))].sort((a, b) => a - b);
  for (const clusterId of clusterIds) {
    for (const field of overrideFields) {
      push({
        level: 'cluster',
        clusterId,
        field,
        values: chains.map((chain, i) => {
          const k = chain.findIndex((s) => s.clusterOverrides[clusterId]?.[field] != null);
          return k < 0 ? at(i, null, null) : at(i, chain[k].clusterOverrides[clusterId][field], provenanceFor(chain, k, 'cluster'));
        }),
      });
    }
  }

  const resolvers = chains.map(createResolver);
  const overridden = new Set(chains.flat().flatMap((s) => Object.keys(s.projectOverrides).map(Number)));
  for (const p of projects) {
    if (!overridden.has(p.id)) continue;
    const explained = resolvers.map((r) => r.explain(p));
    for (const field of overrideFields) {
      if (!chains.some((chain) => chain.some((s) => s.projectOverrides[p.id]?.[field] != null))) continue;
      push({ level: 'project', projectId: p.id, name: p.name, field, values: explained.map((e, i) => at(i, e[field].value, e[field].from)) });
    }
  }
  return out;
}

export interface Comparison {
  results: ScenarioResult[];
  diff: ResultsDiff;
  assumptions: AssumptionDiff[];
}

/** Runs 2-4 scenarios (each given as its chain) over one portfolio and compares them. */
export function compareScenarios(projects: readonly ProjectInput[], chains: readonly (readonly ScenarioDef[])[], options: RunOptions = {}): Outcome<Comparison> {
  const issues = tooMany(chains.length);
  if (issues.length) return { ok: false, issues };
  const results: ScenarioResult[] = [];
  const failed: Issue[] = [];
  for (const chain of chains) {
    const run = runScenario(projects, chain, options);
    if (run.ok) results.push(run.result);
    else failed.push(...run.issues);
  }
  if (failed.length) return { ok: false, issues: failed };
  const diff = diffResults(results);
  if (!diff.ok) return diff;
  return { ok: true, result: { results, diff: diff.result, assumptions: diffAssumptions(projects, chains) } };
}
