import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Page } from '../../../db/contract/list-query';
import { ErrorNotice } from './ErrorNotice';
import { ListTable, type Column } from './ListTable';
import { Loading } from './Loading';
import type { QueryStore } from './query-store';

export const LIST_LIMIT = 200;

interface Props<Row extends { id: number }> {
  title: string;
  store: QueryStore<string, Page<Row>>;
  columns: readonly Column<Row>[];
  /** "N clusters", in the language's plural form. */
  countLabel: (count: number) => string;
  /** The search box's accessible name; lists without a search method have none. */
  searchLabel?: string;
  emptyMessage: string;
  /** Shown above the table, e.g. the initiative's totals on the Clusters page. */
  aside?: ReactNode;
}

/**
 * A section's list: heading, quick search through the list method's `search` input, the count and
 * the table. The query store keeps the search text, so coming back to a list keeps its filter.
 */
export function ListPage<Row extends { id: number }>({ title, store, columns, countLabel, searchLabel, emptyMessage, aside }: Props<Row>) {
  const { t } = useTranslation();
  const state = useStore(store);
  const { params, request } = state;

  useEffect(() => {
    if (params === null) void request('');
  }, [params, request]);

  const page = state.data;
  return (
    <div className="list-page">
      <h1>{title}</h1>
      {aside}
      <div className="toolbar">
        {searchLabel && (
          <input type="search" aria-label={searchLabel} placeholder={searchLabel} value={params ?? ''} onChange={(e) => void request(e.target.value)} />
        )}
        {page && (
          <p className="count" role="status">
            {countLabel(page.total)}
          </p>
        )}
      </div>
      {state.status === 'error' && state.error && <ErrorNotice error={state.error} onRetry={() => void state.refresh()} />}
      {!page && state.status !== 'error' && <Loading />}
      {page && (
        <>
          <ListTable caption={title} columns={columns} rows={page.rows} />
          {page.rows.length === 0 && <p className="muted">{params ? t('list.noMatch') : emptyMessage}</p>}
          {page.total > page.rows.length && <p className="muted">{t('list.showingFirst', { count: page.rows.length })}</p>}
        </>
      )}
    </div>
  );
}
