import { monteCarloSteps, type MonteCarloProgress, type MonteCarloResult, type Outcome } from '../../../../db/scenario';
import type { MonteCarloMessage, MonteCarloRequest } from './monte-carlo-protocol';

export interface MonteCarloJob {
  /** The outcome, or null when the run was cancelled. */
  done: Promise<Outcome<MonteCarloResult> | null>;
  cancel(): void;
}

/**
 * Starts a Monte Carlo run in a Web Worker (same-origin, allowed by the app's script-src 'self'),
 * so the page stays responsive and can cancel. Where no Worker exists (the component tests' DOM),
 * the same steps run on the page between timer ticks, still reporting progress and cancellable.
 */
export function startMonteCarlo(request: MonteCarloRequest, onProgress: (p: MonteCarloProgress) => void): MonteCarloJob {
  return typeof Worker === 'undefined' ? inPage(request, onProgress) : inWorker(request, onProgress);
}

function inWorker(request: MonteCarloRequest, onProgress: (p: MonteCarloProgress) => void): MonteCarloJob {
  const worker = new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module' });
  let settle: (outcome: Outcome<MonteCarloResult> | null) => void = () => {};
  const done = new Promise<Outcome<MonteCarloResult> | null>((resolve) => (settle = resolve));
  worker.onmessage = ({ data }: MessageEvent<MonteCarloMessage>) => {
    if (data.type === 'progress') onProgress(data);
    else {
      worker.terminate();
      settle(data.outcome);
    }
  };
  worker.onerror = () => {
    worker.terminate();
    settle({ ok: false, issues: [{ severity: 'error', code: 'monte-carlo', message: 'The Monte Carlo worker stopped with an error.' }] });
  };
  worker.postMessage(request);
  return {
    done,
    cancel() {
      worker.terminate();
      settle(null);
    },
  };
}

function inPage(request: MonteCarloRequest, onProgress: (p: MonteCarloProgress) => void): MonteCarloJob {
  let cancelled = false;
  const steps = monteCarloSteps(request.projects, request.chain, request.options, request.runOptions);
  const done = new Promise<Outcome<MonteCarloResult> | null>((resolve) => {
    const tick = () => {
      if (cancelled) return resolve(null);
      const step = steps.next();
      if (step.done) return resolve(step.value);
      onProgress(step.value);
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
  });
  return {
    done,
    cancel() {
      cancelled = true;
    },
  };
}
