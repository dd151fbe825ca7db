import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  defaultStageProbabilityPct,
  monteCarloSteps,
  rampShare,
  runScenario,
  type MonteCarloResult,
  type ProjectInput,
  type ScenarioDef,
} from '../../db/scenario';
import { seededUniform } from '../../db/scenario/rng';
import { quantile } from '../../db/scenario/stats';
import { syntheticProject } from './fixtures';
import { figure, medianMs, timeMs, type BenchCase } from './harness';

const WORKER_JOB = 'scenario.monteCarlo';
const YEARS = 30;
const DRAWS = 10_000;

/** The synthetic rows of fixtures.ts with what the engine also reads: clusters, ranges, jobs, localisation. */
function portfolio(n: number): ProjectInput[] {
  return Array.from({ length: n }, (_, i) => {
    const p = syntheticProject(i);
    return {
      id: i + 1,
      name: p.name,
      clusterId: i % 9 === 0 ? null : 1 + (i % 40),
      country: p.country,
      category: p.category,
      stage: p.stage,
      signedOn: i % 4 === 0 ? null : '2024-11',
      startYear: p.startYear,
      abatementKt: p.abatementKt,
      abatementLowKt: p.abatementKt * 0.7,
      abatementHighKt: p.abatementKt * 1.4,
      capex: p.capex,
      capexLow: p.capex * 0.9,
      capexHigh: p.capex * 1.5,
      capexCurrency: p.capexCurrency,
      rampUpYears: p.rampUpYears,
      jobsConstruction: 100 + (i % 50),
      jobsPermanent: 10 + (i % 20),
      localisationCurrentPct: i % 7 === 0 ? 10 : null,
      localisationTargetPct: i % 7 === 0 ? 40 : null,
      localisationTargetYear: i % 7 === 0 ? 2030 : null,
    };
  });
}

const scenario: ScenarioDef = {
  id: 1,
  name: 'Benchmark',
  parentId: null,
  horizonStart: 2025,
  horizonEnd: 2025 + YEARS - 1,
  assumptions: {},
  projectOverrides: {},
  clusterOverrides: {},
};

/** The obvious loop over projects and years for the two abatement sums, nothing resolved, validated or rolled up. */
function plainAbatementSums(projects: readonly ProjectInput[]) {
  const nominal = new Float64Array(YEARS);
  const weighted = new Float64Array(YEARS);
  for (const p of projects) {
    const probability = defaultStageProbabilityPct[p.stage] / 100;
    for (let t = 0; t < YEARS; t++) {
      const a = p.abatementKt! * rampShare(scenario.horizonStart + t - p.startYear!, p.rampUpYears!);
      nominal[t] += a;
      weighted[t] += probability * a;
    }
  }
  return { nominal, weighted };
}

function assertClose(what: string, a: ArrayLike<number>, b: ArrayLike<number>) {
  for (let t = 0; t < a.length; t++) {
    if (Math.abs(a[t] - b[t]) > 1e-9 * Math.max(1, Math.abs(b[t]))) throw new Error(`${what}: ${a[t]} ≠ ${b[t]} at ${t}`);
  }
}

export const scenarioRun10k: BenchCase = {
  name: 'scenario.run10k',
  async run() {
    const projects = portfolio(10_000);
    const run = () => {
      const r = runScenario(projects, [scenario]);
      if (!r.ok) throw new Error(r.issues[0].message);
      return r.result;
    };
    const plain = plainAbatementSums(projects);
    assertClose('abatement', run().totals.abatementNominal, plain.nominal);
    // The renderer reruns the engine on every edit, so the figure is the warmed-up (optimised) run.
    for (let i = 0; i < 30; i++) run();
    for (let i = 0; i < 30; i++) plainAbatementSums(projects);
    const engine = await medianMs(21, run);
    const baseline = await medianMs(21, () => plainAbatementSums(projects));
    return [figure('scenario.run10k', engine, 'ms', 'plain loop of the abatement sums', baseline)];
  },
};

/** The triangular draw written out, with the engine's order of operations so the results match to the bit. */
function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  return u * width < mode - low ? low + Math.sqrt(u * (width * (mode - low))) : high - Math.sqrt((1 - u) * (width * (high - mode)));
}

/**
 * The Monte Carlo arithmetic written the obvious way: every draw, every project, every year, the
 * same random stream, distributions and percentiles as the engine (whose results it must match),
 * without its grouping of projects by yearly profile. In the main thread, with no worker.
 */
function plainMonteCarlo(projects: readonly ProjectInput[]) {
  const uniform = seededUniform(1);
  const abatement = new Float64Array(DRAWS * YEARS);
  const capex = new Float64Array(DRAWS * YEARS);
  for (let d = 0; d < DRAWS; d++) {
    for (const p of projects) {
      const success = uniform.next();
      const uA = uniform.next();
      const uC = uniform.next();
      if (success >= defaultStageProbabilityPct[p.stage] / 100) continue;
      const a = triangular(uA, p.abatementLowKt!, p.abatementKt!, p.abatementHighKt!);
      const c = triangular(uC, p.capexLow!, p.capex!, p.capexHigh!) / 3;
      for (let t = 0; t < YEARS; t++) {
        const k = scenario.horizonStart + t - p.startYear!;
        abatement[d * YEARS + t] += a * rampShare(k, p.rampUpYears!);
        if (k >= -3 && k < 0) capex[d * YEARS + t] += c;
      }
    }
  }
  const cumulative = abatement.slice();
  for (let d = 0; d < DRAWS; d++) for (let t = 1; t < YEARS; t++) cumulative[d * YEARS + t] += cumulative[d * YEARS + t - 1];
  const p50 = (values: Float64Array) =>
    Float64Array.from({ length: YEARS }, (_, t) => quantile(Float64Array.from({ length: DRAWS }, (_, d) => values[d * YEARS + t]).sort(), 0.5));
  return { abatement: p50(abatement), cumulative: p50(cumulative), capex: p50(capex) };
}

interface Job {
  projects: ProjectInput[];
  seed: number;
}

type Reply = { kind: 'ready' } | { kind: 'progress'; done: number } | { kind: 'result'; result: MonteCarloResult } | { kind: 'error'; message: string };

/** Inside the worker: answer each job with progress per chunk, then the result. */
function serveMonteCarlo(): Promise<never> {
  const port = parentPort!;
  port.on('message', ({ projects, seed }: Job) => {
    const steps = monteCarloSteps(projects, [scenario], { seed, draws: DRAWS, chunk: 1000 });
    for (;;) {
      const step = steps.next();
      if (!step.done) {
        port.postMessage({ kind: 'progress', done: step.value.done } satisfies Reply);
        continue;
      }
      const outcome = step.value;
      port.postMessage(outcome.ok ? ({ kind: 'result', result: outcome.result } satisfies Reply) : ({ kind: 'error', message: outcome.issues[0].message } satisfies Reply));
      return;
    }
  });
  port.postMessage({ kind: 'ready' } satisfies Reply);
  // The port keeps the worker alive until the main thread terminates it; nothing after this module may run here.
  return new Promise<never>(() => {});
}

/**
 * The bench bundle (dist/bench/run.mjs) is its own worker: started with WORKER_JOB it serves Monte
 * Carlo jobs, and the await keeps the rest of the bundle (run.ts starting every benchmark) from
 * running in the worker. So no extra build entry is needed.
 */
if (!isMainThread && (workerData as { job?: string } | null)?.job === WORKER_JOB) await serveMonteCarlo();

function startWorker(): Promise<{ worker: Worker; ask(job: Job): Promise<MonteCarloResult> }> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { job: WORKER_JOB } });
  let pending: { resolve(r: MonteCarloResult): void; reject(e: Error): void } | null = null;
  return new Promise((ready, failed) => {
    worker.on('error', (e) => (pending ? pending.reject(e) : failed(e)));
    worker.on('message', (reply: Reply) => {
      if (reply.kind === 'ready') {
        ready({
          worker,
          ask: (job) =>
            new Promise((resolve, reject) => {
              pending = { resolve, reject };
              worker.postMessage(job);
            }),
        });
      } else if (reply.kind === 'result') pending?.resolve(reply.result);
      // Progress replies are what the app's worker forwards to the screen; here they only count in the time.
      else if (reply.kind === 'error') pending?.reject(new Error(reply.message));
    });
  });
}

export const scenarioMonteCarlo: BenchCase = {
  name: 'scenario.monteCarlo',
  async run() {
    const projects = portfolio(1_000);
    const { worker, ask } = await startWorker();
    try {
      const first = await ask({ projects, seed: 1 });
      const engine = await medianMs(5, () => ask({ projects, seed: 1 }));
      let plain: ReturnType<typeof plainMonteCarlo> | null = null;
      const baseline = await timeMs(() => (plain = plainMonteCarlo(projects)));
      assertClose('P50 abatement', first.abatement.p50, plain!.abatement);
      assertClose('P50 cumulative', first.cumulative.p50, plain!.cumulative);
      assertClose('P50 capex', first.capex.p50, plain!.capex);
      return [figure('scenario.monteCarlo', engine, 'ms', 'plain loop of the same draws, main thread', baseline)];
    } finally {
      await worker.terminate();
    }
  },
};
