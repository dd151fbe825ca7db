import type { GroupHandlers } from '../../contract';
import type { scenarioMethods } from '../../contract/groups/scenarios';
import type { Subject } from '../../store/scenario-overrides';
import type { WorkspaceHost } from '../host';

const subjectOf = (input: { projectId?: number; clusterId?: number }): Subject =>
  input.projectId !== undefined ? { projectId: input.projectId } : { clusterId: input.clusterId! };

export const scenarioHandlers = {
  'scenarios.get': (h, { id }) => h.ws.scenarios.scenarios.require(id),
  'scenarios.create': (h, values) => h.ws.scenarios.scenarios.create(values),
  'scenarios.update': (h, { id, version, values }) => h.ws.scenarios.scenarios.update(id, version, values),
  'scenarios.delete': (h, { id, version }) => h.ws.scenarios.scenarios.delete(id, version),
  'scenarios.inputs': (h, { ids }) => h.ws.scenarios.inputs.read(ids),

  'scenarioOverrides.list': (h, { scenarioId }) => h.ws.scenarios.overrides.of(scenarioId),
  'scenarioOverrides.update': (h, input) => h.ws.scenarios.overrides.update(input.scenarioId, subjectOf(input), input.values, input.note),
  'scenarioOverrides.delete': (h, input) => ({ removed: h.ws.scenarios.overrides.clear(input.scenarioId, subjectOf(input)) }),

  'targets.list': (h) => h.ws.scenarios.targetList(),
  'targets.create': (h, values) => h.ws.scenarios.targets.create(values),
  'targets.update': (h, { id, version, values }) => h.ws.scenarios.targets.updateVersioned(id, version, values),
  'targets.delete': (h, { id, version }) => h.ws.scenarios.targets.deleteVersioned(id, version),

  'comparisons.list': (h) => h.ws.scenarios.comparisons.repo.list({ limit: 1000 }).rows,
  'comparisons.get': (h, { id }) => h.ws.scenarios.comparisons.repo.require(id),
  'comparisons.create': (h, values) => h.ws.scenarios.comparisons.create(values),
  'comparisons.update': (h, { id, version, values }) => h.ws.scenarios.comparisons.update(id, version, values),
  'comparisons.delete': (h, { id, version }) => h.ws.scenarios.comparisons.repo.deleteVersioned(id, version),
} satisfies GroupHandlers<typeof scenarioMethods, WorkspaceHost>;
