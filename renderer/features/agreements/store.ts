import type { Client } from '../../api/client';
import { LIST_LIMIT } from '../shared/ListPage';
import { createQueryStore } from '../shared/query-store';
import { refetchOnChange } from '../shared/refetch-on-change';

export function createAgreementsStore(client: Client) {
  const list = createQueryStore(
    (search: string) => client.api('agreements.list', { search, sort: { field: 'title', dir: 'asc' }, limit: LIST_LIMIT }),
    { keepDataOnNewParams: true },
  );
  const detail = createQueryStore(
    async (id: number) => {
      const [record, relations] = await Promise.all([client.api('agreements.get', { id }), client.api('agreements.relations', { id })]);
      return { record, relations };
    },
    { keepDataOnNewParams: false },
  );
  const stops = [
    refetchOnChange(client, ['agreements'], list.getState().refresh),
    refetchOnChange(
      client,
      ['agreements', 'agreement_parties', 'agreement_links', 'partners', 'projects', 'clusters', 'sources', 'source_links'],
      detail.getState().refresh,
    ),
  ];
  return { list, detail, dispose: () => stops.forEach((stop) => stop()) };
}

export type AgreementsStore = ReturnType<typeof createAgreementsStore>;
