import type { ReactNode } from 'react';
import type { QueryState } from './query-store';
import { ErrorNotice } from './ErrorNotice';
import { Loading } from './Loading';

/** Shows the data of a query once it is there, its error with a retry, or that it is loading. */
export function QueryView<P, T>({ state, children }: { state: QueryState<P, T>; children: (data: T) => ReactNode }) {
  if (state.status === 'error' && state.error) return <ErrorNotice error={state.error} onRetry={() => void state.refresh()} />;
  if (state.data === null) return <Loading />;
  return children(state.data);
}
