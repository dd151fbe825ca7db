import { prefixed, type GroupHandlers } from '../../contract';
import type { observationMethods } from '../../contract/groups/observations';
import { crudOver } from '../crud';
import type { WorkspaceHost } from '../host';

export const observationHandlers = {
  ...prefixed('observations', crudOver((h) => h.ws.observations)),
} satisfies GroupHandlers<typeof observationMethods, WorkspaceHost>;
