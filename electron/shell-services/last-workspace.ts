import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import type { StoreEvents } from './auto-backup';
import type { ShellContext } from './shell-context';

const Remembered = z.strictObject({ file: z.string().min(1).max(4096).refine(isAbsolute).refine((f) => f.endsWith('.clusterdesk')) });

export const lastWorkspaceFile = (userDataDir: string) => join(userDataDir, 'last-workspace.json');

/** The workspace open when the app last ran, so the next start opens it again; null when none is known. */
export function readLastWorkspace(userDataDir: string): string | null {
  try {
    const parsed = Remembered.safeParse(JSON.parse(readFileSync(lastWorkspaceFile(userDataDir), 'utf8')));
    return parsed.success ? parsed.data.file : null;
  } catch {
    return null;
  }
}

function writeLastWorkspace(userDataDir: string, file: string): void {
  const target = lastWorkspaceFile(userDataDir);
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ file })}\n`, { mode: 0o600 });
  renameSync(temp, target);
}

/**
 * Keeps the path of the workspace the store has open, whenever one is opened, created or restored,
 * so that an analyst who chose another file than the default finds it again at the next start.
 */
export function rememberOpenWorkspace(ctx: ShellContext, store: StoreEvents, log: (message: string) => void = console.warn): () => void {
  const remember = async () => {
    const info = await ctx.store('workspace.info', undefined);
    const file = info.ok ? (info.value as { file?: unknown } | null)?.file : null;
    if (typeof file !== 'string' || file === readLastWorkspace(ctx.userDataDir)) return;
    try {
      writeLastWorkspace(ctx.userDataDir, file);
    } catch (err) {
      log(`The open workspace could not be remembered for the next start: ${(err as Error).message}`);
    }
  };
  void store.ready.then((r) => {
    if (r.ok && r.value !== null) void remember();
  });
  return store.onEvent((event, payload) => {
    const tables = (payload as { tables?: unknown } | null)?.tables;
    if (event === 'data.changed' && Array.isArray(tables) && tables.includes('workspace')) void remember();
  });
}
