import type { Client } from '../../api/client';
import { createQueryStore } from '../shared/query-store';
import { refetchOnChange } from '../shared/refetch-on-change';
import { createEditorStore } from './editor-store';

export function createBriefingsStore(client: Client) {
  // briefings.list takes no search, so the list's search text is ignored.
  const list = createQueryStore(
    async (_search: string) => {
      const rows = await client.api('briefings.list', {});
      return { rows, total: rows.length };
    },
    { keepDataOnNewParams: true },
  );
  const stop = refetchOnChange(client, ['briefings'], list.getState().refresh);
  /** A fresh editor for one briefing page; the page disposes of it when it closes. */
  const editor = () => createEditorStore(client);
  return { list, editor, dispose: stop };
}

export type BriefingsStore = ReturnType<typeof createBriefingsStore>;
