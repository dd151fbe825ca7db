import { useEffect, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { Loading } from './Loading';
import type { QueryStore } from './query-store';
import { QueryView } from './QueryView';

/** Loads the record of the route and shows it; never the previous record while the next one loads. */
export function RecordView<T>({ store, id, children }: { store: QueryStore<number, T>; id: number; children: (data: T) => ReactNode }) {
  const state = useStore(store);
  const { request } = state;
  useEffect(() => {
    void request(id);
  }, [id, request]);
  if (state.params !== id) return <Loading />;
  return <QueryView state={state}>{children}</QueryView>;
}
