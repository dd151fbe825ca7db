import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Events } from '../../db/contract';
import type { WorkspaceHost } from '../../db/handlers/host';
import type { Workspace } from '../../db/store/workspace';
import { inProcessRouter } from '../../electron/router/in-process';
import type { Router } from '../../electron/router/router';
import { routerCalls, type RouterCalls } from './router-calls';
import { useTempDir } from './temp';

export interface TestWorkspace extends RouterCalls {
  file: string;
  host: WorkspaceHost;
  router: Router;
  /** 'data.changed' payloads, in the order they were emitted. */
  events: Events['data.changed'][];
  /** Rows in a table, read with raw SQL. */
  count(table: string): number;
  /** Writes through the store directly (for tables the contract cannot write yet), as one logged write. */
  seed<T>(action: (ws: Workspace) => T): T;
}

/** A fresh, empty workspace file per test behind an in-process router; closed afterwards. */
export function useWorkspace(): () => Promise<TestWorkspace> {
  const temp = useTempDir();
  const hosts: WorkspaceHost[] = [];
  afterEach(() => {
    while (hosts.length) hosts.pop()!.close();
  });
  return async () => {
    const events: Events['data.changed'][] = [];
    const { router, host } = inProcessRouter((event, payload) => {
      if (event === 'data.changed') events.push(payload as Events['data.changed']);
    });
    hosts.push(host);
    const file = join(temp(), 'test.clusterdesk');
    const calls = routerCalls(router);
    const created = await calls.call('workspace.create', { file, sample: false });
    if (!created.ok) throw new Error(`workspace.create failed: ${created.error.message}`);
    events.length = 0;
    return {
      file,
      host,
      router,
      events,
      ...calls,
      count: (table) => (host.ws.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
      seed: (action) => host.ws.write('test.seed', () => action(host.ws)).value,
    };
  };
}

export const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
