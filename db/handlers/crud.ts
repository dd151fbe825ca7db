import type { ListQuery } from '../contract/list-query';
import { AppError } from '../contract/result';
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
  apply: (h: WorkspaceHost, batch: Batch) => {
    const repo = h.ws.repos[entity];
    return {
      created: each(batch.creates, 'creates', (values) => repo.create(values)),
      updated: each(batch.updates, 'updates', ({ id, version, values }) => repo.updateVersioned(id, version, values)),
      deleted: each(batch.deletes, 'deletes', ({ id, version }) => repo.deleteVersioned(id, version).id),
    };
  },
});

export interface Batch {
  creates?: Values[];
  updates?: { id: number; version: number; values: Values }[];
  deletes?: { id: number; version: number }[];
}

/** Runs one part of a batch; a failure names the item, and the transaction around it undoes the rest. */
function each<T, R>(items: T[] | undefined, part: string, run: (item: T) => R): R[] {
  return (items ?? []).map((item, index) => {
    try {
      return run(item);
    } catch (err) {
      if (err instanceof AppError) throw new AppError(err.code, `${part}[${index}]: ${err.message}`, { part, index, cause: err.details });
      throw err;
    }
  });
}
