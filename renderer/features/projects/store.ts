import type { Client } from '../../api/client';
import { LIST_LIMIT } from '../shared/ListPage';
import { createQueryStore } from '../shared/query-store';
import { refetchOnChange } from '../shared/refetch-on-change';

export function createProjectsStore(client: Client) {
  const list = createQueryStore(
    (search: string) => client.api('projects.list', { search, sort: { field: 'name', dir: 'asc' }, limit: LIST_LIMIT }),
    { keepDataOnNewParams: true },
  );
  const detail = createQueryStore(
    async (id: number) => {
      const [record, relations] = await Promise.all([client.api('projects.get', { id }), client.api('projects.relations', { id })]);
      return { record, relations };
    },
    { keepDataOnNewParams: false },
  );
  const stops = [
    refetchOnChange(client, ['projects'], list.getState().refresh),
    refetchOnChange(
      client,
      ['projects', 'clusters', 'partners', 'project_roles', 'agreements', 'agreement_links', 'sources', 'source_links'],
      detail.getState().refresh,
    ),
  ];
  return { list, detail, dispose: () => stops.forEach((stop) => stop()) };
}

export type ProjectsStore = ReturnType<typeof createProjectsStore>;
