import type { Client } from '../../api/client';
import { LIST_LIMIT } from '../shared/ListPage';
import { createQueryStore } from '../shared/query-store';
import { refetchOnChange } from '../shared/refetch-on-change';

export function createSourcesStore(client: Client) {
  const list = createQueryStore(
    (search: string) => client.api('sources.list', { search, sort: { field: 'title', dir: 'asc' }, limit: LIST_LIMIT }),
    { keepDataOnNewParams: true },
  );
  const detail = createQueryStore(
    async (id: number) => {
      const [record, relations] = await Promise.all([client.api('sources.get', { id }), client.api('sources.relations', { id })]);
      return { record, relations };
    },
    { keepDataOnNewParams: false },
  );
  const stops = [
    refetchOnChange(client, ['sources'], list.getState().refresh),
    // A source lists the names of whatever it backs, so a rename anywhere can change this page.
    refetchOnChange(
      client,
      ['sources', 'source_links', 'indicator_observations', 'initiatives', 'clusters', 'projects', 'partners', 'agreements', 'targets'],
      detail.getState().refresh,
    ),
  ];
  return { list, detail, dispose: () => stops.forEach((stop) => stop()) };
}

export type SourcesStore = ReturnType<typeof createSourcesStore>;
