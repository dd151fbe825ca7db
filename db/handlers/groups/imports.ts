import type { GroupHandlers } from '../../contract';
import type { importMethods } from '../../contract/groups/imports';
import { commitImport, previewImport, sharedCancelFlag } from '../../io';
import type { WorkspaceHost } from '../host';

/** The shell reads the file and answers inspect, preview, commit and cancel; the store plans and writes sheets. */
type StoreImportMethods = Pick<typeof importMethods, 'imports.previewSheet' | 'imports.commitSheet'>;

export const importHandlers = {
  'imports.previewSheet': (h, { sheet, request, rows }) => previewImport(h.ws, sheet, request, rows),
  /**
   * The dispatcher's transaction wraps the library's own (a savepoint), so a cancel or a refused
   * row rolls back to nothing written. The worker is busy until the end, so the cancel comes in as
   * a flag in memory shared with the shell, read between chunks of rows.
   */
  'imports.commitSheet': (h, { sheet, request, ticket, cancelFlag }) => {
    const outcome = commitImport(h.ws, sheet, request, {
      signal: cancelFlag ? sharedCancelFlag(cancelFlag).signal : undefined,
      onProgress: (progress) => h.emit('imports.progress', { ticket, ...progress }),
    });
    if (outcome.status === 'cancelled') return outcome;
    const { inserted, updated, skipped, warnings } = outcome;
    return { status: 'committed' as const, inserted, updated, skipped, warnings };
  },
} satisfies GroupHandlers<StoreImportMethods, WorkspaceHost>;
