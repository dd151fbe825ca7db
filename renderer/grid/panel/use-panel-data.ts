import { useEffect, useState } from 'react';
import type { ChangedTable } from '../../../db/contract/events';
import type { AppErrorShape } from '../../../db/contract/result';
import type { Client } from '../../api/client';
import { toErrorShape } from '../../features/shared/query-store';

export interface PanelData<T> {
  data: T | null;
  error: AppErrorShape | null;
}

/**
 * Data for the detail panel of one record, fetched when the record changes and again whenever a write
 * touches one of the tables it reads; an answer for a record no longer selected is dropped.
 */
export function usePanelData<T>(client: Client, key: string, fetch: () => Promise<T>, watched: readonly ChangedTable[]): PanelData<T> {
  const [state, setState] = useState<PanelData<T> & { key: string }>({ key, data: null, error: null });
  const watchedKey = watched.join();
  useEffect(() => {
    let live = true;
    const load = () =>
      fetch().then(
        (data) => live && setState({ key, data, error: null }),
        (err: unknown) => live && setState({ key, data: null, error: toErrorShape(err) }),
      );
    void load();
    const stop = client.on('data.changed', ({ tables }) => {
      if (tables.includes('workspace') || tables.some((t) => watchedKey.split(',').includes(t))) void load();
    });
    return () => {
      live = false;
      stop();
    };
    // `fetch` is rebuilt on every render; `key` names what it fetches, so it alone decides a reload.
  }, [client, key, watchedKey]);
  return state.key === key ? state : { data: null, error: null };
}
