import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MethodOutput, WorkspaceInfo } from '../../../db/contract/methods';
import type { AppErrorShape } from '../../../db/contract/result';
import { ApiError, type Client } from '../../api/client';
import { toErrorShape, type LoadStatus } from '../../features/shared/query-store';

export interface WorkspaceState {
  info: WorkspaceInfo | null;
  status: LoadStatus;
  /** Why the open workspace could not be read; NO_WORKSPACE leads to the start screen. */
  error: AppErrorShape | null;
  pending: 'create' | 'open' | 'unlock' | null;
  /** Why the last create or open failed, shown on the start screen beside the file field. */
  actionError: AppErrorShape | null;
  /** Locked by the idle timer rather than by the analyst: the unlock screen says why. */
  idleLocked: boolean;
  load(): Promise<void>;
  /** Creates a workspace: plain, or encrypted with a passphrase or with a key kept by this computer. */
  create(file: string, sample: boolean, key?: NewKey): Promise<void>;
  /** Opens a workspace; an encrypted one opens with the key this computer keeps for it, or asks for its passphrase. */
  open(file: string): Promise<void>;
  /** Opens the locked (encrypted) workspace with its passphrase. */
  unlock(passphrase: string): Promise<void>;
  /** Opens the locked workspace with the key this computer keeps for it (the Unlock button). */
  unlockWithKeptKey(): Promise<void>;
  /** Whether this computer keeps a key for the open or locked workspace, and whether it can be read. */
  keptKey(): Promise<KeptKey>;
  lock(reason: 'idle' | 'asked'): Promise<void>;
  /** Leaves the unlock screen for the start screen, to open another file. */
  showStart(): void;
}

export type WorkspaceStore = StoreApi<WorkspaceState> & { dispose(): void };
export type NewKey = { passphrase: string } | { keptByComputer: true };
export type KeptKey = MethodOutput<'keyStore.status'>['key'];


/** As toErrorShape, keeping the details: a LOCKED error names the file the unlock screen asks about. */
function withDetails(err: unknown): AppErrorShape {
  const shape = toErrorShape(err);
  return err instanceof ApiError && err.details !== undefined ? { ...shape, details: err.details } : shape;
}

/** The open workspace file and its counts; re-read after every change, since any write moves a count. */
export function createWorkspaceStore(client: Client): WorkspaceStore {
  const store = createStore<WorkspaceState>()((set, get) => {
    const act = async (pending: 'create' | 'open' | 'unlock', call: () => Promise<WorkspaceInfo>) => {
      if (get().pending) return;
      set({ pending, actionError: null });
      try {
        const info = await call();
        set({ info, status: 'ready', error: null, pending: null, idleLocked: false });
      } catch (err) {
        const error = withDetails(err);
        // An encrypted file opened from the start screen: the unlock screen asks for its passphrase.
        if (pending === 'open' && error.code === 'LOCKED') await openWithKeptKey(error);
        else set({ pending: null, actionError: error });
      }
    };
    /**
     * A locked file opens with the key this computer keeps for it; else the unlock screen asks for
     * its passphrase, and says so when a kept key could not be read (keyStore.status).
     */
    const openWithKeptKey = async (locked: AppErrorShape) => {
      try {
        const info = await client.api('keyStore.unlock', {});
        set({ info, status: 'ready', error: null, pending: null, idleLocked: false });
      } catch {
        set({ pending: null, info: null, status: 'error', error: locked });
      }
    };
    return {
      info: null,
      status: 'idle',
      error: null,
      pending: null,
      actionError: null,
      idleLocked: false,
      async load() {
        if (get().status === 'idle') set({ status: 'loading' });
        try {
          set({ info: await client.api('workspace.info', {}), status: 'ready', error: null });
        } catch (err) {
          set({ info: null, status: 'error', error: withDetails(err) });
        }
      },
      create: (file, sample, key) =>
        act('create', () =>
          key && 'keptByComputer' in key
            ? client.api('keyStore.create', { file, sample })
            : client.api('workspace.create', { file, sample, passphrase: key?.passphrase }),
        ),
      open: (file) => act('open', () => client.api('workspace.open', { file })),
      unlock: (passphrase) => act('unlock', () => client.api('workspace.unlock', { passphrase })),
      unlockWithKeptKey: () => act('unlock', () => client.api('keyStore.unlock', {})),
      async keptKey() {
        try {
          return (await client.api('keyStore.status', {})).key;
        } catch {
          // Not knowing is the same as keeping none: the passphrase prompt still works.
          return 'none';
        }
      },
      async lock(reason) {
        set({ idleLocked: reason === 'idle', actionError: null });
        // The data.changed that follows reloads the info, which then reports LOCKED.
        await client.api('workspace.lock', {});
      },
      showStart: () =>
        set({ info: null, status: 'error', error: { code: 'NO_WORKSPACE', message: '' }, actionError: null, idleLocked: false }),
    };
  });
  const stop = client.on('data.changed', () => void store.getState().load());
  return Object.assign(store, { dispose: stop });
}
