import { buildModel } from './model';
import { seededUniform } from './rng';
import { buildWindow, rampShare } from './shape';
import { drawTriangle, quantile, triangle, type Triangle } from './stats';
import type { ExcludedProject, Issue, Outcome, ProjectInput, ProjectModel, RunOptions, ScenarioDef } from './types';

export interface MonteCarloOptions {
  /** An integer from 0 to 4,294,967,295; the same seed gives the same numbers. */
  seed: number;
  draws: number;
  /** Draws between two progress reports; the caller may stop between them. Default 250. */
  chunk?: number;
}

export interface Percentiles {
  p10: Float64Array;
  p50: Float64Array;
  p90: Float64Array;
  mean: Float64Array;
}

export interface MonteCarloResult {
  scenarioId: number;
  scenarioName: string;
  years: number[];
  seed: number;
  draws: number;
  /** Annual abatement, kt CO2e/yr. */
  abatement: Percentiles;
  /** Cumulative abatement from the first horizon year, per draw, so P10 is of the running totals themselves. */
  cumulative: Percentiles;
  capex: Percentiles;
  excluded: ExcludedProject[];
  issues: Issue[];
}

export interface MonteCarloProgress {
  done: number;
  total: number;
}

function optionIssues({ seed, draws, chunk }: MonteCarloOptions): Issue[] {
  const issue = (field: string, message: string): Issue => ({ severity: 'error', code: 'monte-carlo', field, message });
  const issues: Issue[] = [];
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) issues.push(issue('seed', `The seed must be a whole number from 0 to 4,294,967,295 (got ${seed}).`));
  if (!Number.isInteger(draws) || draws < 1 || draws > 1_000_000) issues.push(issue('draws', `The number of draws must be a whole number from 1 to 1,000,000 (got ${draws}).`));
  if (chunk !== undefined && (!Number.isInteger(chunk) || chunk < 1)) issues.push(issue('chunk', `The chunk must be a whole number of draws of 1 or more (got ${chunk}).`));
  return issues;
}

/**
 * Projects with the same yearly profile share one class: a draw sums their drawn values per class,
 * then spreads each class sum over the years once. That is the same arithmetic as spreading each
 * project (the profile is a common factor) at a fraction of the work.
 */
function classes(rows: readonly ProjectModel[], n: number, counted: (r: ProjectModel) => boolean, keyOf: (r: ProjectModel) => string, profile: (r: ProjectModel, t: number) => number) {
  const index = new Map<string, number>();
  const shapes: number[] = [];
  const classOf = Int32Array.from(rows, (r) => {
    if (!r.included || Number.isNaN(r.start) || !counted(r)) return -1;
    const key = keyOf(r);
    let c = index.get(key);
    if (c === undefined) {
      c = index.size;
      index.set(key, c);
      for (let t = 0; t < n; t++) shapes.push(profile(r, t));
    }
    return c;
  });
  return { classOf, shapes: Float64Array.from(shapes), count: index.size };
}

/** The triangles of all projects as typed arrays, one per parameter, for the draw loop. */
function triangles(list: readonly Triangle[]): Record<keyof Triangle, Float64Array> {
  const of = (k: keyof Triangle) => Float64Array.from(list, (t) => t[k]);
  return { low: of('low'), high: of('high'), width: of('width'), split: of('split'), left: of('left'), right: of('right') };
}

function percentiles(values: Float64Array, draws: number, n: number): Percentiles {
  const out = { p10: new Float64Array(n), p50: new Float64Array(n), p90: new Float64Array(n), mean: new Float64Array(n) };
  const column = new Float64Array(draws);
  for (let t = 0; t < n; t++) {
    let sum = 0;
    for (let d = 0; d < draws; d++) sum += column[d] = values[d * n + t];
    column.sort();
    out.p10[t] = quantile(column, 0.1);
    out.p50[t] = quantile(column, 0.5);
    out.p90[t] = quantile(column, 0.9);
    out.mean[t] = sum / draws;
  }
  return out;
}

/**
 * The Monte Carlo run, one chunk of draws per step so a caller (a worker) can report progress and
 * stop. In each draw every project succeeds with its probability (a Bernoulli trial) and, when it
 * does, its abatement and capex are drawn from triangular distributions (low, central, high) after
 * its factors; the yearly profile is the deterministic one. Every project takes three numbers from
 * the stream in each draw, counted or not, so two scenarios over the same portfolio and seed use
 * the same draws for the projects they share and their difference is not noise.
 */
export function* monteCarloSteps(
  projects: readonly ProjectInput[],
  chain: readonly ScenarioDef[],
  options: MonteCarloOptions,
  runOptions: RunOptions = {},
): Generator<MonteCarloProgress, Outcome<MonteCarloResult>, void> {
  const bad = optionIssues(options);
  if (bad.length) return { ok: false, issues: bad };
  const built = buildModel(projects, chain, runOptions);
  if (!built.ok) return built;
  const { rows, years, globals } = built.result;
  const { draws, seed } = options;
  const chunk = options.chunk ?? 250;
  const n = years.length;
  const y0 = years[0];
  const buildYears = globals.buildYears.value;
  const divisor = buildWindow(0, buildYears).divisor;

  const ab = classes(rows, n, (r) => !Number.isNaN(r.abatement), (r) => `${r.start}:${Math.max(1, r.rampUpYears)}`, (r, t) => rampShare(y0 + t - r.start, r.rampUpYears));
  const cx = classes(rows, n, (r) => !Number.isNaN(r.capex), (r) => `${r.start}`, (r, t) => {
    const { first, last } = buildWindow(r.start, buildYears);
    return y0 + t >= first && y0 + t <= last ? 1 : 0;
  });
  const probability = Float64Array.from(rows, (r) => r.probability);
  const ta = triangles(rows.map((r) => triangle(r.abatementLow, r.abatement, r.abatementHigh)));
  const tc = triangles(rows.map((r) => triangle(r.capexLow, r.capex, r.capexHigh)));

  const abatement = new Float64Array(draws * n);
  const capex = new Float64Array(draws * n);
  const abSum = new Float64Array(ab.count);
  const cxSum = new Float64Array(cx.count);
  const uniform = seededUniform(seed);
  const m = rows.length;
  const u = new Float64Array(3 * m);

  for (let d = 0; d < draws; d++) {
    uniform.fill(u);
    for (let i = 0; i < m; i++) {
      // Success, abatement and capex: the project's three numbers of this draw.
      if (u[3 * i] >= probability[i]) continue;
      const a = ab.classOf[i];
      if (a >= 0) abSum[a] += drawTriangle(u[3 * i + 1], ta.low[i], ta.high[i], ta.width[i], ta.split[i], ta.left[i], ta.right[i]);
      const c = cx.classOf[i];
      if (c >= 0) cxSum[c] += drawTriangle(u[3 * i + 2], tc.low[i], tc.high[i], tc.width[i], tc.split[i], tc.left[i], tc.right[i]);
    }
    const row = d * n;
    for (let c = 0; c < ab.count; c++) {
      const s = abSum[c];
      if (s === 0) continue;
      for (let t = 0; t < n; t++) abatement[row + t] += s * ab.shapes[c * n + t];
      abSum[c] = 0;
    }
    for (let c = 0; c < cx.count; c++) {
      const s = cxSum[c] / divisor;
      if (s === 0) continue;
      for (let t = 0; t < n; t++) capex[row + t] += s * cx.shapes[c * n + t];
      cxSum[c] = 0;
    }
    if ((d + 1) % chunk === 0 && d + 1 < draws) yield { done: d + 1, total: draws };
  }

  const cumulative = abatement.slice();
  for (let d = 0; d < draws; d++) for (let t = 1; t < n; t++) cumulative[d * n + t] += cumulative[d * n + t - 1];
  const { head, excluded, issues } = built.result;
  return {
    ok: true,
    result: {
      scenarioId: head.id,
      scenarioName: head.name,
      years,
      seed,
      draws,
      abatement: percentiles(abatement, draws, n),
      cumulative: percentiles(cumulative, draws, n),
      capex: percentiles(capex, draws, n),
      excluded,
      issues,
    },
  };
}

/** The whole Monte Carlo run at once, for callers that need no progress. */
export function runMonteCarlo(
  projects: readonly ProjectInput[],
  chain: readonly ScenarioDef[],
  options: MonteCarloOptions,
  runOptions: RunOptions = {},
): Outcome<MonteCarloResult> {
  const steps = monteCarloSteps(projects, chain, options, runOptions);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
