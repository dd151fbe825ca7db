import type { GroupHandlers } from '../../contract';
import type { briefingMethods } from '../../contract/groups/briefings';
import type { WorkspaceHost } from '../host';

/** The shell answers 'briefings.export' itself: it owns the printer. */
type StoreBriefingMethods = Omit<typeof briefingMethods, 'briefings.export'>;

export const briefingHandlers = {
  'briefings.get': (h, { id }) => h.ws.briefings.require(id),
  'briefings.create': (h, values) => h.ws.briefings.create(values),
  'briefings.update': (h, { id, version, values }) => h.ws.briefings.update(id, version, values),
  'briefings.delete': (h, { id, version }) => h.ws.briefings.repo.deleteVersioned(id, version),
  'briefings.exports': (h, { id }) => h.ws.briefings.exports(id),
  'briefings.recordExport': (h, values) => h.ws.briefings.recordExport(values),
  'briefings.document': (h, { id, language }) => h.ws.briefings.document(id, language),
} satisfies GroupHandlers<StoreBriefingMethods, WorkspaceHost>;
