import type { GroupHandlers } from '../../contract';
import type { workspaceMethods } from '../../contract/groups/workspace';
import type { WorkspaceHost } from '../host';

export const workspaceHandlers = {
  'workspace.info': (h) => h.ws.info(),
  'workspace.create': (h, { file, sample }) => h.create(file, sample).info(),
  'workspace.open': (h, { file }) => h.open(file).info(),
} satisfies GroupHandlers<typeof workspaceMethods, WorkspaceHost>;
