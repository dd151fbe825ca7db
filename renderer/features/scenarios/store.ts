import type { ScenarioSummary } from '../../../db/schema/summaries';
import type { Client } from '../../api/client';
import { createQueryStore } from '../shared/query-store';
import { refetchOnChange } from '../shared/refetch-on-change';
import { createComparisonStore } from './comparison/comparison-store';
import { createEditorStore } from './editor/editor-store';

/** One empty list for every selector, so a store without data does not look changed on each read. */
export const NO_SCENARIOS: readonly ScenarioSummary[] = Object.freeze([]);

export function createScenariosStore(client: Client) {
  // scenarios.list takes no search, so the list's search text is ignored.
  const list = createQueryStore(
    async (_search: string) => {
      const rows = await client.api('scenarios.list', {});
      return { rows, total: rows.length };
    },
    { keepDataOnNewParams: true },
  );
  const comparisons = createQueryStore((_: null) => client.api('comparisons.list', {}), { keepDataOnNewParams: true });
  const targets = createQueryStore(async (_: null) => {
    const [rows, clusters] = await Promise.all([client.api('targets.list', {}), client.api('clusters.list', { limit: 1000 })]);
    return { rows, clusters: clusters.rows.map((c) => ({ id: c.id, name: c.name })) };
  }, { keepDataOnNewParams: true });
  const stops = [
    refetchOnChange(client, ['scenarios'], list.getState().refresh),
    refetchOnChange(client, ['comparisons', 'scenarios'], comparisons.getState().refresh),
    refetchOnChange(client, ['targets', 'clusters'], targets.getState().refresh),
  ];
  return {
    client,
    list,
    comparisons,
    targets,
    /** A store for one scenario's editor page, made when the page opens. */
    openEditor: (id: number) => createEditorStore(client, id),
    /** A store for a comparison page: a saved comparison, or a new one of some scenarios. */
    openComparison: (id: number | null, initialIds: readonly number[] = []) => createComparisonStore(client, id, initialIds),
    dispose: () => stops.forEach((stop) => stop()),
  };
}

export type ScenariosStore = ReturnType<typeof createScenariosStore>;
