import type { ListQuery } from '../contract/list-query';
import type { EntityName } from '../schema';
import type { WorkspaceHost } from './host';

type Values = Record<string, unknown>;

/** The five table methods, implemented once over the entity's repository. */
export const crud = <E extends EntityName>(entity: E) => ({
  list: (h: WorkspaceHost, query: ListQuery) => h.ws.repos[entity].list(query),
  get: (h: WorkspaceHost, { id }: { id: number }) => h.ws.repos[entity].require(id),
  create: (h: WorkspaceHost, values: Values) => h.ws.repos[entity].create(values),
  update: (h: WorkspaceHost, { id, version, values }: { id: number; version: number; values: Values }) =>
    h.ws.repos[entity].updateVersioned(id, version, values),
  delete: (h: WorkspaceHost, { id, version }: { id: number; version: number }) => h.ws.repos[entity].deleteVersioned(id, version),
});
