import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorShape } from '../../../db/contract/result';
import { ApiError } from '../../api/client';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface QueryState<P, T> {
  /** What was last asked for (a search text, a record id); null until the view first asks. */
  params: P | null;
  data: T | null;
  status: LoadStatus;
  error: AppErrorShape | null;
  request(params: P): Promise<void>;
  /** Asks again for the current params, e.g. after the store announced a change. */
  refresh(): Promise<void>;
}

export type QueryStore<P, T> = StoreApi<QueryState<P, T>>;

/**
 * A failed call as the views show it. The store's own errors carry a message written for the
 * analyst; anything else (a bridge that broke, a bug) is a developer's matter: it goes to the
 * console, and the view shows the INTERNAL title and next step without the raw text.
 */
export function toErrorShape(err: unknown): AppErrorShape {
  if (err instanceof ApiError) return { code: err.code, message: err.message };
  console.error('ClusterDesk call failed', err);
  return { code: 'INTERNAL', message: '' };
}

interface Options {
  /**
   * Whether data for other params stays on screen while the new data loads: yes for a search that
   * narrows a list (no flicker while typing), no for another record (never show the wrong record).
   */
  keepDataOnNewParams: boolean;
}

/**
 * One thing a view shows, fetched through the typed client, with its loading and error state.
 * Answers that arrive after a newer request are dropped, so fast typing cannot show stale rows.
 */
export function createQueryStore<P, T>(fetch: (params: P) => Promise<T>, options: Options): QueryStore<P, T> {
  let latest = 0;
  return createStore<QueryState<P, T>>()((set, get) => {
    const load = async (params: P) => {
      const ticket = ++latest;
      try {
        const data = await fetch(params);
        if (ticket === latest) set({ data, status: 'ready', error: null });
      } catch (err) {
        if (ticket === latest) set({ status: 'error', error: toErrorShape(err) });
      }
    };
    return {
      params: null,
      data: null,
      status: 'idle',
      error: null,
      request(params) {
        const changed = !Object.is(get().params, params);
        set({ params, status: 'loading', ...(changed && !options.keepDataOnNewParams ? { data: null, error: null } : {}) });
        return load(params);
      },
      refresh() {
        const { params } = get();
        if (params === null) return Promise.resolve();
        set({ status: 'loading' });
        return load(params);
      },
    };
  });
}
