/** The scenario engine: pure functions, no I/O, the same numbers on every machine. See README.md. */
export * from './types';
export { defaultAssumptions, defaultStageProbabilityPct } from './defaults';
export { scenarioChain } from './chain';
export { createResolver, resolveGlobals } from './resolve';
export type { Effective, Explained, GlobalsExplained, Level, Provenance, Resolved, Resolver } from './resolve';
export { scenarioIssues } from './validate';
export { rampShare, buildWindow, localisationAt } from './shape';
export { projectSeries, runScenario } from './compute';
export { targetGaps } from './targets';
export type { GapAt, TargetGap } from './targets';
export { monteCarloSteps, runMonteCarlo } from './monte-carlo';
export type { MonteCarloOptions, MonteCarloProgress, MonteCarloResult, Percentiles } from './monte-carlo';
export { tornado } from './tornado';
export type { SwingField, TornadoBar, TornadoOptions, TornadoResult } from './tornado';
export { compareScenarios, diffAssumptions, diffResults } from './compare';
export type { AssumptionDiff, Comparison, DiffValue, ResultsDiff } from './compare';
