import type { ListQuery } from '../contract/list-query';
import { AppError } from '../contract/result';
import type { EntityName } from '../schema';
import type { EntityRepo } from '../store/entity-repo';
import type { WorkspaceHost } from './host';

type Values = Record<string, unknown>;

/** The five table methods, implemented once over an entity's repository. */
export const crudOver = <R extends { id: number; version: number }>(repoOf: (h: WorkspaceHost) => EntityRepo<R>) => ({
  list: (h: WorkspaceHost, query: ListQuery) => repoOf(h).list(query),
  get: (h: WorkspaceHost, { id }: { id: number }) => repoOf(h).require(id),
  create: (h: WorkspaceHost, values: Values) => repoOf(h).create(values),
  update: (h: WorkspaceHost, { id, version, values }: { id: number; version: number; values: Values }) =>
    repoOf(h).updateVersioned(id, version, values),
  delete: (h: WorkspaceHost, { id, version }: { id: number; version: number }) => repoOf(h).deleteVersioned(id, version),
  apply: (h: WorkspaceHost, batch: Batch) => {
    const repo = repoOf(h);
    return {
      created: each(batch.creates, 'creates', (values) => repo.create(values)),
      updated: each(batch.updates, 'updates', ({ id, version, values }) => repo.updateVersioned(id, version, values)),
      deleted: each(batch.deletes, 'deletes', ({ id, version }) => repo.deleteVersioned(id, version).id),
    };
  },
});

export const crud = <E extends EntityName>(entity: E) => crudOver((h) => h.ws.repos[entity]);

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
