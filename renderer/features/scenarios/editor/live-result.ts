import { createResolver, runScenario, type Issue, type Resolver, type ScenarioDef, type ScenarioResult } from '../../../../db/scenario';
import type { ScenarioInputs } from '../../../../db/schema/scenarios';
import { draftChain, type Draft } from './draft';

export interface LiveResult {
  /** The draft and its parents, nearest first; empty when the parents do not form a chain. */
  chain: ScenarioDef[];
  resolver: Resolver | null;
  result: ScenarioResult | null;
  /** Why there is no result: the run's errors, or a chain that does not hold. */
  issues: Issue[];
  /** The horizon fields are not both filled in. */
  horizonIncomplete: boolean;
}

/**
 * The results of the draft as it stands, computed in the renderer from the inputs the store gave:
 * the same engine as everywhere, so what the analyst sees while typing is what a briefing prints.
 */
export function liveResult(draft: Draft, inputs: ScenarioInputs, id: number): LiveResult {
  const head = inputs.scenarios.find((s) => s.id === id)!;
  const { chain, issues } = draftChain(draft, head, inputs.scenarios);
  const horizonIncomplete = draft.horizonStart === null || draft.horizonEnd === null;
  if (issues.length) return { chain: [], resolver: null, result: null, issues, horizonIncomplete };
  const resolver = createResolver(chain);
  if (horizonIncomplete) return { chain, resolver, result: null, issues: [], horizonIncomplete };
  const clusterNames = Object.fromEntries(inputs.clusters.map((c) => [c.id, c.name]));
  const run = runScenario(inputs.projects, chain, { clusterNames });
  return run.ok
    ? { chain, resolver, result: run.result, issues: run.result.issues, horizonIncomplete }
    : { chain, resolver, result: null, issues: run.issues, horizonIncomplete };
}
