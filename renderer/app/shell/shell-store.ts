import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FilePurpose } from '../../../db/contract/groups/app';
import type { MethodOutput } from '../../../db/contract/methods';
import type { AppErrorShape } from '../../../db/contract/result';
import type { Client } from '../../api/client';
import { toErrorShape } from '../../features/shared/query-store';

export type AppInfo = MethodOutput<'app.info'>;
type Purpose = (typeof FilePurpose)['options'][number];
/** A path the analyst chose in a native dialog, null when they cancelled, or why the dialog failed. */
export type Chosen = { file: string | null } | { error: AppErrorShape };

export interface ShellState {
  /** Version, shell, platform, user-data folder and whether the shell has file dialogs. */
  info: AppInfo | null;
  error: AppErrorShape | null;
  loadInfo(): Promise<void>;
  /** Opens the OS file manager at the workspace file; resolves with whether there was one to show. */
  showWorkspaceInFolder(): Promise<{ shown: boolean } | { error: AppErrorShape }>;
  /** Native save and open dialogs; only where info.nativeDialogs says the shell has them. */
  askSavePath(purpose: Purpose, suggestedName: string): Promise<Chosen>;
  askOpenPath(purpose: Purpose): Promise<Chosen>;
}

export type ShellStore = StoreApi<ShellState> & { dispose(): void };

/** The shell around the window: what it is, and the commands it carries out outside the page. */
export function createShellStore(client: Client): ShellStore {
  let loading: Promise<void> | null = null;
  const attempt = async <T extends object>(call: () => Promise<T>): Promise<T | { error: AppErrorShape }> => {
    try {
      return await call();
    } catch (err) {
      return { error: toErrorShape(err) };
    }
  };
  const store = createStore<ShellState>()((set) => ({
    info: null,
    error: null,
    loadInfo() {
      // Facts about the running app do not change while it runs: one call serves every view.
      loading ??= client.api('app.info', {}).then(
        (info) => set({ info, error: null }),
        (err: unknown) => {
          loading = null;
          set({ error: toErrorShape(err) });
        },
      );
      return loading;
    },
    showWorkspaceInFolder: () => attempt(() => client.api('app.showWorkspaceInFolder', {})),
    askSavePath: (purpose, suggestedName) => attempt(() => client.api('dialog.saveFile', { purpose, suggestedName })),
    askOpenPath: (purpose) => attempt(() => client.api('dialog.openFile', { purpose })),
  }));
  return Object.assign(store, { dispose: () => {} });
}
