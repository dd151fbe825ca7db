import { prefixed, type GroupHandlers } from '../../contract';
import type { observationMethods } from '../../contract/groups/observations';
import { crudOver } from '../crud';
import type { WorkspaceHost } from '../host';

export const observationHandlers = {
  ...prefixed('observations', crudOver((h) => h.ws.observations)),
  'observations.relations': (h, { id }) => {
    h.ws.observations.require(id);
    return { sources: h.ws.relations.sourcesOf('indicator', id) };
  },
} satisfies GroupHandlers<typeof observationMethods, WorkspaceHost>;
