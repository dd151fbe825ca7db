import { prefixed, type GroupHandlers } from '../../contract';
import type { recordMethods } from '../../contract/groups/records';
import { crud } from '../crud';
import type { WorkspaceHost } from '../host';

export const recordHandlers = {
  ...prefixed('clusters', crud('clusters')),
  ...prefixed('projects', crud('projects')),
  ...prefixed('partners', crud('partners')),
  ...prefixed('agreements', crud('agreements')),
  ...prefixed('sources', crud('sources')),

  'initiatives.list': (h) => h.ws.initiatives.list({ limit: 1000 }).rows,
  'scenarios.list': (h) => h.ws.summaries.scenarios(),
  'briefings.list': (h) => h.ws.summaries.briefings(),
  'indicators.list': (h, { subjectType, subjectId }) => h.ws.relations.indicators(subjectType, subjectId),
} satisfies GroupHandlers<typeof recordMethods, WorkspaceHost>;
