import type { Client } from '../../api/client';
import { createReferenceCache } from '../../grid/data/references';
import { createTableStore } from '../../grid/data/table-store';
import { createQueryStore } from '../shared/query-store';
import { refetchOnChange } from '../shared/refetch-on-change';

export function createProjectsStore(client: Client) {
  // The editable grid's rows: sorted, filtered and counted in SQLite, fetched a page at a time.
  const table = createTableStore(client, 'projects', { field: 'name', dir: 'asc' });
  const references = createReferenceCache(client);
  const detail = createQueryStore(
    async (id: number) => {
      const [record, relations] = await Promise.all([client.api('projects.get', { id }), client.api('projects.relations', { id })]);
      return { record, relations };
    },
    { keepDataOnNewParams: false },
  );
  const stops = [
    refetchOnChange(
      client,
      ['projects', 'clusters', 'partners', 'project_roles', 'agreements', 'agreement_links', 'sources', 'source_links'],
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

export type ProjectsStore = ReturnType<typeof createProjectsStore>;
