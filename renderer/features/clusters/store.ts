import type { Client } from '../../api/client';
import { createReferenceCache } from '../../grid/data/references';
import { createTableStore } from '../../grid/data/table-store';
import { createQueryStore } from '../shared/query-store';
import { refetchOnChange } from '../shared/refetch-on-change';

export function createClustersStore(client: Client) {
  // The editable grid's rows: sorted, filtered and counted in SQLite, fetched a page at a time.
  const table = createTableStore(client, 'clusters', { field: 'name', dir: 'asc' });
  const references = createReferenceCache(client);
  const detail = createQueryStore(
    async (id: number) => {
      const [record, relations] = await Promise.all([client.api('clusters.get', { id }), client.api('clusters.relations', { id })]);
      return { record, relations };
    },
    { keepDataOnNewParams: false },
  );
  // The initiative's headline totals over time, shown above the clusters that make them up.
  const initiativeTotals = createQueryStore(
    async (_: 'all') => {
      const [initiatives, indicators] = await Promise.all([
        client.api('initiatives.list', {}),
        client.api('indicators.list', { subjectType: 'initiative' }),
      ]);
      return { initiatives, indicators };
    },
    { keepDataOnNewParams: true },
  );
  const stops = [
    refetchOnChange(
      client,
      ['clusters', 'initiatives', 'partners', 'projects', 'project_roles', 'agreements', 'agreement_links', 'sources', 'source_links', 'indicator_observations'],
      detail.getState().refresh,
    ),
    refetchOnChange(client, ['initiatives', 'indicator_observations', 'sources'], initiativeTotals.getState().refresh),
  ];
  return {
    table,
    references,
    detail,
    initiativeTotals,
    dispose: () => [...stops, table.dispose, references.dispose].forEach((stop) => stop()),
  };
}

export type ClustersStore = ReturnType<typeof createClustersStore>;
