import type { MonteCarloOptions, MonteCarloProgress, MonteCarloResult, Outcome, ProjectInput, RunOptions, ScenarioDef } from '../../../../db/scenario';

/** What the page asks the Monte Carlo worker to run. */
export interface MonteCarloRequest {
  projects: readonly ProjectInput[];
  chain: readonly ScenarioDef[];
  options: MonteCarloOptions;
  runOptions: RunOptions;
}

/** What the worker answers: progress between chunks of draws, then the outcome. */
export type MonteCarloMessage = ({ type: 'progress' } & MonteCarloProgress) | { type: 'done'; outcome: Outcome<MonteCarloResult> };
