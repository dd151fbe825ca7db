import { monteCarloSteps } from '../../../../db/scenario';
import type { MonteCarloMessage, MonteCarloRequest } from './monte-carlo-protocol';

/**
 * Runs the seeded Monte Carlo off the page's thread, reporting progress after each chunk of draws.
 * One run per worker: the page cancels by terminating it, which stops even a chunk under way.
 */
const scope = self as unknown as { onmessage: ((e: MessageEvent<MonteCarloRequest>) => void) | null; postMessage(message: MonteCarloMessage): void };

scope.onmessage = ({ data }) => {
  const steps = monteCarloSteps(data.projects, data.chain, data.options, data.runOptions);
  for (;;) {
    const step = steps.next();
    if (step.done) {
      scope.postMessage({ type: 'done', outcome: step.value });
      return;
    }
    scope.postMessage({ type: 'progress', ...step.value });
  }
};
