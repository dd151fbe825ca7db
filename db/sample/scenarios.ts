import type { Override } from '../scenario/types';
import { OverridePatch, ScenarioFields, TargetFields } from '../schema';
import type { Workspace } from '../store/workspace';
import { ILLUSTRATIVE_NOTE, SCENARIOS, TARGETS, type ScenarioKey, type ScenarioSeed } from './data/scenarios';
import type { ProjectKey } from './data/projects';

/**
 * The sample's scenarios and target (data/scenarios.ts), written with the store's own methods so
 * they are checked like an analyst's: every scenario and override is marked illustrative.
 */
export function fillScenarios(ws: Workspace, projectId: (key: ProjectKey) => number): void {
  const ids = new Map<ScenarioKey, number>();
  for (const [key, seed] of Object.entries(SCENARIOS) as [ScenarioKey, ScenarioSeed][]) {
    const { projects, parent, ...values } = seed;
    const parentId = parent === undefined ? null : ids.get(parent);
    // A programming error in the data file (a parent declared after its child): fail loudly.
    if (parentId === undefined) throw new Error(`Sample data: scenario "${key}" names parent "${parent}" before it is created.`);
    const { id } = ws.scenarios.scenarios.create(ScenarioFields.parse({ ...values, parentId, illustrative: true }));
    ids.set(key, id);
    for (const [project, override] of Object.entries(projects ?? {}) as [ProjectKey, Partial<Override>][]) {
      ws.scenarios.overrides.update(id, { projectId: projectId(project) }, OverridePatch.parse(override), ILLUSTRATIVE_NOTE);
    }
  }
  for (const target of Object.values(TARGETS)) ws.scenarios.targets.create(TargetFields.parse(target));
}
