import type { ChangedTable } from '../../../db/contract/events';
import type { Client } from '../../api/client';
import type { Option } from '../columns/types';

/** Tables a cell may refer to by id. */
export type RefTarget = 'clusters' | 'projects' | 'partners' | 'agreements' | 'sources' | 'initiatives';

const LABEL: Record<RefTarget, 'name' | 'title'> = {
  clusters: 'name',
  projects: 'name',
  partners: 'name',
  agreements: 'title',
  sources: 'title',
  initiatives: 'name',
};

const BATCH = 100;

export interface ReferenceCache {
  /** The name of a record, or undefined while it loads (the cache then notifies its subscribers). */
  name(target: RefTarget, id: number): string | undefined;
  /** Records whose name contains the text, for a picker. */
  search(target: RefTarget, text: string): Promise<Option[]>;
  /** Records named exactly so (ignoring case): one for a clear reference, several when ambiguous. */
  find(target: RefTarget, text: string): Promise<Option[]>;
  subscribe(listener: () => void): () => void;
  /** Grows whenever names arrive or are dropped, for views that read names while rendering. */
  version(): number;
  dispose(): void;
}

interface Named {
  id: number;
  [field: string]: unknown;
}

/**
 * Names of referenced records for the cells that show them, fetched in batches through each table's
 * list method (filter id in ...), and dropped when their table changes so a renamed cluster is
 * shown by its new name.
 */
export function createReferenceCache(client: Client): ReferenceCache {
  const names = new Map<RefTarget, Map<number, string>>();
  const wanted = new Map<RefTarget, Set<number>>();
  const listeners = new Set<() => void>();
  let flushing = false;
  let version = 0;
  const notify = () => {
    version++;
    listeners.forEach((l) => l());
  };

  const list = async (target: RefTarget, query: Record<string, unknown>): Promise<Named[]> => {
    if (target === 'initiatives') return (await client.api('initiatives.list', {})) as Named[];
    const page = (await client.api(`${target}.list` as 'clusters.list', query as never)) as { rows: Named[] };
    return page.rows;
  };
  const remember = (target: RefTarget, rows: Named[]) => {
    const map = names.get(target) ?? new Map<number, string>();
    for (const r of rows) map.set(r.id, String(r[LABEL[target]]));
    names.set(target, map);
  };

  const flush = async () => {
    flushing = false;
    for (const [target, ids] of wanted) {
      wanted.delete(target);
      const all = [...ids];
      for (let i = 0; i < all.length; i += BATCH) {
        const batch = all.slice(i, i + BATCH);
        try {
          const rows = await list(target, { filters: [{ field: 'id', op: 'in', values: batch.map(String) }], limit: batch.length });
          remember(target, rows);
          // A record that no longer exists is shown by its id, never as loading for ever.
          const map = names.get(target)!;
          for (const id of batch) if (!map.has(id)) map.set(id, `#${id}`);
        } catch {
          // Left unnamed; the next render asks again.
        }
      }
    }
    notify();
  };

  const toOptions = (target: RefTarget, rows: Named[]) => {
    remember(target, rows);
    return rows.map((r) => ({ value: r.id, label: String(r[LABEL[target]]) }));
  };
  const search = async (target: RefTarget, text: string, limit: number) => {
    if (target === 'initiatives') {
      const all = await list(target, {});
      const t = text.trim().toLocaleLowerCase();
      return toOptions(target, all.filter((r) => String(r.name).toLocaleLowerCase().includes(t)).slice(0, limit));
    }
    return toOptions(target, await list(target, { search: text.trim(), sort: { field: LABEL[target], dir: 'asc' }, limit }));
  };

  const stop = client.on('data.changed', ({ tables }) => {
    const dropped = [...names.keys()].filter((t) => tables.includes('workspace') || tables.includes(t as ChangedTable));
    if (dropped.length === 0) return;
    dropped.forEach((t) => names.delete(t));
    notify();
  });

  return {
    name(target, id) {
      const known = names.get(target)?.get(id);
      if (known !== undefined) return known;
      const set = wanted.get(target) ?? new Set<number>();
      set.add(id);
      wanted.set(target, set);
      if (!flushing) {
        flushing = true;
        queueMicrotask(() => void flush());
      }
      return undefined;
    },
    search: (target, text) => search(target, text, 20),
    async find(target, text) {
      const wantedName = text.trim().toLocaleLowerCase();
      return (await search(target, text, 50)).filter((o) => o.label.trim().toLocaleLowerCase() === wantedName);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    dispose: stop,
  };
}
