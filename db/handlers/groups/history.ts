import type { GroupHandlers } from '../../contract';
import type { historyMethods } from '../../contract/groups/history';
import type { WorkspaceHost } from '../host';

export const historyHandlers = {
  'history.state': (h) => ({ undo: h.ws.history.nextUndo(), redo: h.ws.history.nextRedo() }),
  'history.undo': (h) => ({ step: h.ws.undo() }),
  'history.redo': (h) => ({ step: h.ws.redo() }),
  'history.record': (h, { table, id, limit }) => h.ws.history.recordHistory(table, id, limit),
} satisfies GroupHandlers<typeof historyMethods, WorkspaceHost>;
