import type { Result } from '../../db/contract/result';
import type { ShellContext } from './shell-context';

/** How often a running app checks whether today's automatic backup is due. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Refusals that only mean "not now". */
const QUIET: ReadonlySet<string> = new Set(['NO_WORKSPACE', 'LOCKED']);

export interface StoreEvents {
  /** The outcome of opening the workspace the store started with. */
  ready: Promise<Result<unknown>>;
  onEvent(listener: (event: string, payload: unknown) => void): () => void;
}

/**
 * The daily automatic backup, run by the shell because it holds the settings (folder, how many to
 * keep) while the store holds the workspace: once the store has opened a workspace, whenever
 * another one is opened, created or restored, and every hour while the app runs. The store makes
 * at most one a day and removes the oldest beyond the number kept. A failure is logged and tried
 * again at the next check; it never interrupts the analyst.
 */
export function startAutomaticBackups(ctx: ShellContext, store: StoreEvents, log: (message: string) => void = console.warn): () => void {
  let running: Promise<void> | null = null;
  let stopped = false;
  const run = () => {
    if (stopped || running) return running;
    running = (async () => {
      const { backupFolder, backupsToKeep } = ctx.settings.read();
      const result = await ctx.store('backups.auto', { folder: backupFolder, keep: backupsToKeep });
      // No workspace open, or one locked (encrypted, waiting for its key), is not a failure: the
      // backup is made at the next check once the workspace is open again.
      if (!result.ok && !QUIET.has(result.error.code) && !stopped) log(`Automatic backup failed: ${result.error.message}`);
    })().finally(() => (running = null));
    return running;
  };
  void store.ready.then((r) => {
    if (r.ok && r.value !== null) void run();
  });
  const unsubscribe = store.onEvent((event, payload) => {
    const tables = (payload as { tables?: unknown } | null)?.tables;
    if (event === 'data.changed' && Array.isArray(tables) && tables.includes('workspace')) void run();
  });
  const timer = setInterval(() => void run(), CHECK_EVERY_MS);
  timer.unref();
  return () => {
    stopped = true;
    unsubscribe();
    clearInterval(timer);
  };
}
