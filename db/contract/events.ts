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
  'scenario_overrides',
  'targets',
  'comparisons',
  'briefings',
  'briefing_exports',
]);
export type ChangedTable = z.infer<typeof ChangedTable>;

/** What the window can be asked to show from outside the page: the Electron menu's Help and Settings items. */
export const UiCommand = z.enum(['shortcuts', 'about', 'settings']);
export type UiCommand = z.infer<typeof UiCommand>;

/** Events the store worker emits; the shell adds its own below. */
export const storeEvents = {
  'data.changed': z.object({ tables: z.array(ChangedTable) }),
  'imports.progress': z.object({ ticket: z.string(), phase: z.enum(['validating', 'writing']), done: z.int(), total: z.int() }),
};

export const events = {
  ...storeEvents,
  'ui.command': z.object({ command: UiCommand }),
};
export type Events = { [E in keyof typeof events]: z.infer<(typeof events)[E]> };
export type EventName = keyof Events;
export type StoreEventName = keyof typeof storeEvents;
