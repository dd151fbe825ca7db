import type { Client } from '../../api/client';
import { LIST_LIMIT } from '../shared/ListPage';
import { createQueryStore } from '../shared/query-store';
import { refetchOnChange } from '../shared/refetch-on-change';

export function createPartnersStore(client: Client) {
  const list = createQueryStore(
    (search: string) => client.api('partners.list', { search, sort: { field: 'name', dir: 'asc' }, limit: LIST_LIMIT }),
    { keepDataOnNewParams: true },
  );
  const detail = createQueryStore(
    async (id: number) => {
      const [record, relations] = await Promise.all([client.api('partners.get', { id }), client.api('partners.relations', { id })]);
      return { record, relations };
    },
    { keepDataOnNewParams: false },
  );
  const stops = [
    refetchOnChange(client, ['partners'], list.getState().refresh),
    refetchOnChange(
      client,
      ['partners', 'projects', 'project_roles', 'agreements', 'agreement_parties', 'sources', 'source_links'],
      detail.getState().refresh,
    ),
  ];
  return { list, detail, dispose: () => stops.forEach((stop) => stop()) };
}

export type PartnersStore = ReturnType<typeof createPartnersStore>;
