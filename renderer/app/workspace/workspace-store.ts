import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WorkspaceInfo } from '../../../db/contract/methods';
import type { AppErrorShape } from '../../../db/contract/result';
import type { Client } from '../../api/client';
import { toErrorShape, type LoadStatus } from '../../features/shared/query-store';

export interface WorkspaceState {
  info: WorkspaceInfo | null;
  status: LoadStatus;
  /** Why the open workspace could not be read; NO_WORKSPACE leads to the start screen. */
  error: AppErrorShape | null;
  pending: 'create' | 'open' | null;
  /** Why the last create or open failed, shown on the start screen beside the file field. */
  actionError: AppErrorShape | null;
  load(): Promise<void>;
  create(file: string, sample: boolean): Promise<void>;
  open(file: string): Promise<void>;
}

export type WorkspaceStore = StoreApi<WorkspaceState> & { dispose(): void };

/** The open workspace file and its counts; re-read after every change, since any write moves a count. */
export function createWorkspaceStore(client: Client): WorkspaceStore {
  const store = createStore<WorkspaceState>()((set, get) => {
    const act = async (pending: 'create' | 'open', call: () => Promise<WorkspaceInfo>) => {
      if (get().pending) return;
      set({ pending, actionError: null });
      try {
        const info = await call();
        set({ info, status: 'ready', error: null, pending: null });
      } catch (err) {
        set({ pending: null, actionError: toErrorShape(err) });
      }
    };
    return {
      info: null,
      status: 'idle',
      error: null,
      pending: null,
      actionError: null,
      async load() {
        if (get().status === 'idle') set({ status: 'loading' });
        try {
          set({ info: await client.api('workspace.info', {}), status: 'ready', error: null });
        } catch (err) {
          set({ info: null, status: 'error', error: toErrorShape(err) });
        }
      },
      create: (file, sample) => act('create', () => client.api('workspace.create', { file, sample })),
      open: (file) => act('open', () => client.api('workspace.open', { file })),
    };
  });
  const stop = client.on('data.changed', () => void store.getState().load());
  return Object.assign(store, { dispose: stop });
}
