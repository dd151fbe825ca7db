import type { Client } from '../../api/client';
import { createReferenceCache } from '../../grid/data/references';
import { createTableStore } from '../../grid/data/table-store';

/** The indicator observations table: its rows, and the names of the records and sources they cite. */
export function createIndicatorsStore(client: Client) {
  const table = createTableStore(client, 'observations', { field: 'metric', dir: 'asc' });
  const references = createReferenceCache(client);
  return { table, references, dispose: () => [table.dispose, references.dispose].forEach((stop) => stop()) };
}

export type IndicatorsStore = ReturnType<typeof createIndicatorsStore>;
