import type { Client } from '../../api/client';
import { createReferenceCache } from '../../grid/data/references';
import { createTableStore } from '../../grid/data/table-store';
import { createQueryStore } from '../shared/query-store';
import { refetchOnChange } from '../shared/refetch-on-change';

export function createSourcesStore(client: Client) {
  // The editable grid's rows: sorted, filtered and counted in SQLite, fetched a page at a time.
  const table = createTableStore(client, 'sources', { field: 'title', dir: 'asc' });
  const references = createReferenceCache(client);
  const detail = createQueryStore(
    async (id: number) => {
      const [record, relations] = await Promise.all([client.api('sources.get', { id }), client.api('sources.relations', { id })]);
      return { record, relations };
    },
    { keepDataOnNewParams: false },
  );
  const stops = [
    // A source lists the names of whatever it backs, so a rename anywhere can change this page.
    refetchOnChange(
      client,
      ['sources', 'source_links', 'indicator_observations', 'initiatives', 'clusters', 'projects', 'partners', 'agreements', 'targets'],
      detail.getState().refresh,
    ),
  ];
  return {
    table,
    references,
    detail,
    dispose: () => [...stops, table.dispose, references.dispose].forEach((stop) => stop()),
  };
}

export type SourcesStore = ReturnType<typeof createSourcesStore>;
