import { z } from 'zod';

/** Tables whose rows a view may show; a write names the ones it touched. */
export const ChangedTable = z.enum([
  'workspace',
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
  'scenarios',
  'targets',
  'briefings',
]);
export type ChangedTable = z.infer<typeof ChangedTable>;

export const events = {
  'data.changed': z.object({ tables: z.array(ChangedTable) }),
};
export type Events = { [E in keyof typeof events]: z.infer<(typeof events)[E]> };
export type EventName = keyof Events;
