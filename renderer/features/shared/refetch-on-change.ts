import type { ChangedTable } from '../../../db/contract/events';
import type { Client } from '../../api/client';

const touches = (changed: readonly ChangedTable[], watched: readonly ChangedTable[]) =>
  changed.includes('workspace') || changed.some((table) => watched.includes(table));

/**
 * Runs `refetch` whenever a write names one of the tables a view reads from; 'workspace' (another
 * file was opened or created) means every table. Returns the unsubscribe function.
 */
export function refetchOnChange(client: Client, watched: readonly ChangedTable[], refetch: () => unknown): () => void {
  return client.on('data.changed', ({ tables }) => {
    if (touches(tables, watched)) void refetch();
  });
}
