import type { Issue, ScenarioDef } from './types';

const quoted = (s: ScenarioDef) => `“${s.name}”`;

function cycleIssue(cycle: ScenarioDef[]): Issue {
  const names = [...cycle, cycle[0]].map(quoted).join(' → ');
  return {
    severity: 'error',
    code: 'cycle',
    scenarioId: cycle[0].id,
    message: `Scenarios inherit from each other in a cycle: ${names}. Give one of them a parent outside the cycle, or none.`,
  };
}

/**
 * The scenario followed by its parents, nearest first, from every scenario of the workspace.
 * Stops at a cycle or a missing parent and says so; the chain then holds what was walked.
 */
export function scenarioChain(scenarios: readonly ScenarioDef[], id: number): { chain: ScenarioDef[]; issues: Issue[] } {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const chain: ScenarioDef[] = [];
  let next: number | null = id;
  while (next != null) {
    const s = byId.get(next);
    if (!s) {
      const child = chain.at(-1);
      const message = child
        ? `Scenario ${quoted(child)} inherits from scenario ${next}, which does not exist.`
        : `Scenario ${next} does not exist.`;
      return { chain, issues: [{ severity: 'error', code: 'missing-parent', scenarioId: child?.id ?? next, message }] };
    }
    const seen = chain.findIndex((c) => c.id === s.id);
    if (seen >= 0) return { chain, issues: [cycleIssue(chain.slice(seen))] };
    chain.push(s);
    next = s.parentId;
  }
  return { chain, issues: [] };
}

/** Checks a chain handed to the engine: each scenario's parent is the next one, and none repeats. */
export function chainIssues(chain: readonly ScenarioDef[]): Issue[] {
  if (chain.length === 0) {
    return [{ severity: 'error', code: 'broken-chain', message: 'No scenario was given to run.' }];
  }
  for (let i = 0; i < chain.length; i++) {
    const seen = chain.findIndex((c) => c.id === chain[i].id);
    if (seen < i) return [cycleIssue(chain.slice(seen, i))];
    const parent = chain[i + 1];
    const expected = chain[i].parentId;
    if (parent ? expected !== parent.id : expected != null) {
      const message = parent
        ? `Scenario ${quoted(chain[i])} is followed by ${quoted(parent)}, which is not its parent.`
        : `Scenario ${quoted(chain[i])} inherits from scenario ${expected}, which was not given.`;
      return [{ severity: 'error', code: parent ? 'broken-chain' : 'missing-parent', scenarioId: chain[i].id, message }];
    }
  }
  return [];
}
