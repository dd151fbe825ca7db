import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ListFilter, ListQuery } from '../../../db/contract/list-query';
import type { AppErrorShape } from '../../../db/contract/result';
import type { Client } from '../../api/client';
import { toErrorShape, type LoadStatus } from '../../features/shared/query-store';
import type { Row } from '../columns/types';
import { entityApi, type EntityApi, type TableEntity } from './entity-api';

export const PAGE_SIZE = 100;
/** Pages kept while scrolling (10,000 rows); those farthest from the view go first. */
const MAX_PAGES = 100;
const BULK_LIMIT = 1000;
/**
 * List calls on their way at once while scrolling. A fast scroll (dragging the scroll bar over
 * 100,000 rows) would otherwise ask for every page it passes; each answer costs the store a query and
 * the page tens of milliseconds to receive, long after those rows left the screen. When a call
 * returns, the pages then on screen are asked for: the rows the analyst stops at come next, the
 * ones flown past never.
 */
const MAX_IN_FLIGHT = 1;
const REFRESH_DELAY_MS = 100;

export interface Sort {
  field: string;
  dir: 'asc' | 'desc';
}

export interface TableQuery {
  search: string;
  sort: Sort | null;
  filters: readonly ListFilter[];
}

export interface TableState {
  query: TableQuery;
  /** Rows the query matches, counted by SQLite; null until the first answer. */
  total: number | null;
  pages: ReadonlyMap<number, readonly Row[]>;
  status: LoadStatus;
  error: AppErrorShape | null;
}

export interface TableStore extends StoreApi<TableState> {
  api: EntityApi;
  client: Client;
  rowAt(position: number): Row | undefined;
  /** The rows on screen; their pages are fetched if missing. */
  want(from: number, to: number): void;
  setQuery(patch: Partial<TableQuery>): void;
  /** Asks again for what is on screen (after a write here or elsewhere), keeping it shown meanwhile. */
  refresh(): Promise<void>;
  /** Puts records a write returned in place at once, before the refresh brings the rest. */
  patch(rows: readonly Row[]): void;
  /** Rows at consecutive positions, from the cache or the store, for a paste or a bulk edit. */
  rowsAt(from: number, count: number): Promise<Row[]>;
  dispose(): void;
}

const emptyQuery: TableQuery = { search: '', sort: null, filters: [] };

/**
 * The rows of one table as the grid shows them: a window of pages fetched through the list method,
 * where SQLite sorts, filters, searches and counts, so 100,000 rows cost only what is on screen.
 */
export function createTableStore(client: Client, entity: TableEntity, sort: Sort | null = null): TableStore {
  const api = entityApi(client, entity);
  const store = createStore<TableState>()(() => ({ query: { ...emptyQuery, sort }, total: null, pages: new Map(), status: 'idle', error: null }));
  let generation = 0;
  let window = { from: 0, to: PAGE_SIZE - 1 };
  const inFlight = new Set<string>();
  let calls = 0;

  const listQuery = (q: TableQuery, offset: number, limit: number): ListQuery => ({
    ...(q.search.trim() ? { search: q.search.trim() } : {}),
    ...(q.sort ? { sort: q.sort } : {}),
    ...(q.filters.length ? { filters: [...q.filters] } : {}),
    offset,
    limit,
  });

  const pagesOf = (from: number, to: number) => {
    const out: number[] = [];
    for (let p = Math.floor(Math.max(0, from) / PAGE_SIZE); p <= Math.floor(Math.max(0, to) / PAGE_SIZE); p++) out.push(p);
    return out;
  };

  const evict = (pages: Map<number, readonly Row[]>) => {
    if (pages.size <= MAX_PAGES) return;
    const centre = Math.floor((window.from + window.to) / 2 / PAGE_SIZE);
    const far = [...pages.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    for (const p of far.slice(0, pages.size - MAX_PAGES)) pages.delete(p);
  };

  /** Fetches pages; with `replace`, the answers replace every page at once (a new query or a refresh). */
  const load = async (pageNumbers: number[], replace: boolean) => {
    const gen = generation;
    const { query } = store.getState();
    const keys = pageNumbers.map((p) => `${gen}:${p}`);
    keys.forEach((k) => inFlight.add(k));
    calls++;
    let failed = false;
    if (store.getState().status !== 'ready') store.setState({ status: 'loading' });
    try {
      const answers = await Promise.all(pageNumbers.map((p) => api.list(listQuery(query, p * PAGE_SIZE, PAGE_SIZE))));
      if (gen === generation) {
        const pages = replace ? new Map<number, readonly Row[]>() : new Map(store.getState().pages);
        pageNumbers.forEach((p, i) => pages.set(p, answers[i].rows));
        evict(pages);
        store.setState({ pages, total: answers[answers.length - 1]?.total ?? store.getState().total, status: 'ready', error: null });
      }
    } catch (err) {
      failed = true;
      if (gen === generation) store.setState({ status: 'error', error: toErrorShape(err) });
    } finally {
      keys.forEach((k) => inFlight.delete(k));
      calls--;
    }
    // A failed call is not repeated here: the next scroll or the retry button asks again.
    if (!failed) fetchMissing();
  };

  /** Asks for the pages on screen not held nor on their way, unless enough calls are already out. */
  const fetchMissing = () => {
    if (calls >= MAX_IN_FLIGHT) return;
    const { pages, total } = store.getState();
    const last = total === null ? window.to : Math.min(window.to, Math.max(0, total - 1));
    const missing = pagesOf(window.from, last).filter((p) => !pages.has(p) && !inFlight.has(`${generation}:${p}`));
    if (missing.length) void load(missing, false);
  };

  const reload = () => {
    generation++;
    return load(pagesOf(window.from, window.to), true);
  };

  // A burst of writes (200 quick edits, an undo after a paste) brings one refresh, not one per write.
  let pending: ReturnType<typeof setTimeout> | null = null;
  const stop = client.on('data.changed', ({ tables }) => {
    if (!tables.includes('workspace') && !tables.includes(api.table)) return;
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = null;
      void reload();
    }, REFRESH_DELAY_MS);
  });

  return Object.assign(store, {
    api,
    client,
    rowAt(position: number) {
      return store.getState().pages.get(Math.floor(position / PAGE_SIZE))?.[position % PAGE_SIZE];
    },
    want(from: number, to: number) {
      window = { from, to };
      fetchMissing();
    },
    setQuery(patch: Partial<TableQuery>) {
      store.setState({ query: { ...store.getState().query, ...patch } });
      void reload();
    },
    refresh: reload,
    patch(rows: readonly Row[]) {
      const byId = new Map(rows.map((r) => [r.id, r]));
      let changed = false;
      const pages = new Map(
        [...store.getState().pages].map(([p, list]) => {
          if (!list.some((r) => byId.has(r.id))) return [p, list];
          changed = true;
          return [p, list.map((r) => byId.get(r.id) ?? r)];
        }),
      );
      if (changed) store.setState({ pages });
    },
    async rowsAt(from: number, count: number) {
      const out: Row[] = [];
      const cached = (i: number) => store.getState().pages.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE];
      for (let i = from; i < from + count; ) {
        const hit = cached(i);
        if (hit) {
          out.push(hit);
          i++;
          continue;
        }
        const limit = Math.min(BULK_LIMIT, from + count - i);
        const { rows } = await api.list(listQuery(store.getState().query, i, limit));
        out.push(...rows);
        if (rows.length < limit) break;
        i += limit;
      }
      return out;
    },
    dispose() {
      stop();
      if (pending) clearTimeout(pending);
    },
  });
}
