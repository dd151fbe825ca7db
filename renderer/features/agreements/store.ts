import type { Client } from '../../api/client';
import { createReferenceCache } from '../../grid/data/references';
import { createTableStore } from '../../grid/data/table-store';
import { createQueryStore } from '../shared/query-store';
import { refetchOnChange } from '../shared/refetch-on-change';

export function createAgreementsStore(client: Client) {
  // The editable grid's rows: sorted, filtered and counted in SQLite, fetched a page at a time.
  const table = createTableStore(client, 'agreements', { field: 'title', dir: 'asc' });
  const references = createReferenceCache(client);
  const detail = createQueryStore(
    async (id: number) => {
      const [record, relations] = await Promise.all([client.api('agreements.get', { id }), client.api('agreements.relations', { id })]);
      return { record, relations };
    },
    { keepDataOnNewParams: false },
  );
  const stops = [
    refetchOnChange(
      client,
      ['agreements', 'agreement_parties', 'agreement_links', 'partners', 'projects', 'clusters', 'sources', 'source_links'],
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

export type AgreementsStore = ReturnType<typeof createAgreementsStore>;
