import { z } from 'zod';
import { Id } from './primitives';

export const HistoryStep = z.object({ id: Id, method: z.string(), at: z.string() });
export type HistoryStep = z.infer<typeof HistoryStep>;

/** Tables whose rows have a history an analyst can read. */
export const HistoryTable = z.enum([
  'initiatives',
  'clusters',
  'projects',
  'partners',
  'agreements',
  'sources',
  'project_roles',
  'agreement_parties',
  'agreement_links',
  'source_links',
  'indicator_observations',
]);

export const RecordHistoryEntry = z.object({
  changeSetId: Id,
  at: z.string(),
  method: z.string(),
  kind: z.enum(['edit', 'undo', 'redo', 'system']),
  action: z.enum(['insert', 'update', 'delete']),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
