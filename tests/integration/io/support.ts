import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createWorkspaceFile } from '../../../db/store/open';
import { Workspace } from '../../../db/store/workspace';
import { useTempDir } from '../../support/temp';

export interface IoWorkspace {
  ws: Workspace;
  dir: string;
  count(table: string): number;
  /** Every data table and the change log, to show that a refused import wrote nothing. */
  snapshot(): Record<string, number>;
}

const WATCHED = ['clusters', 'projects', 'partners', 'agreements', 'sources', 'initiatives', 'indicator_observations', 'change_sets', 'change_log'];

/** A fresh workspace file per test on a fixed clock, closed afterwards. */
export function useIoWorkspace(): () => IoWorkspace {
  const temp = useTempDir();
  const open: Workspace[] = [];
  afterEach(() => {
    while (open.length) open.pop()!.close();
  });
  return () => {
    const dir = temp();
    const file = join(dir, 'test.clusterdesk');
    const ws = new Workspace(createWorkspaceFile(file), file, () => '2026-01-15T10:00:00.000Z');
    open.push(ws);
    const count = (table: string) => (ws.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { ws, dir, count, snapshot: () => Object.fromEntries(WATCHED.map((t) => [t, count(t)])) };
  };
}

/** The AppError a call throws, or a failure if it does not throw. */
export async function refusal(fn: () => unknown): Promise<{ code: string; message: string; details: { reason?: string } & Record<string, unknown> }> {
  try {
    await fn();
  } catch (err) {
    return err as never;
  }
  throw new Error('expected the call to be refused');
}
