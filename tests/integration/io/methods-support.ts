import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Events } from '../../../db/contract';
import type { WorkspaceHost } from '../../../db/handlers/host';
import { inProcessRouter } from '../../../electron/router/in-process';
import { routerCalls, type RouterCalls } from '../../support/router-calls';
import { useTempDir } from '../../support/temp';

export interface ShellWorkspace extends RouterCalls {
  dir: string;
  file: string;
  host: WorkspaceHost;
  events: Events['data.changed'][];
  /** The workspace's clock: tests move it to name backups on other days. */
  clock: { now: string };
  count(table: string): number;
}

/**
 * A fresh workspace behind the in-process router with the shell's methods too (exports write
 * files there), settings in the same temporary folder; closed afterwards.
 */
export function useShellWorkspace(): (name?: string) => Promise<ShellWorkspace> {
  const temp = useTempDir();
  const hosts: WorkspaceHost[] = [];
  afterEach(() => {
    while (hosts.length) hosts.pop()!.close();
  });
  return async (name = 'test') => {
    const dir = temp();
    const clock = { now: '2026-01-15T10:00:00.000Z' };
    const events: Events['data.changed'][] = [];
    const { router, host } = inProcessRouter((event, payload) => event === 'data.changed' && events.push(payload as Events['data.changed']), () => clock.now, dir);
    hosts.push(host);
    const file = join(dir, `${name}.clusterdesk`);
    const calls = routerCalls(router);
    const created = await calls.call('workspace.create', { file, sample: false });
    if (!created.ok) throw new Error(created.error.message);
    events.length = 0;
    return {
      dir,
      file,
      host,
      events,
      clock,
      ...calls,
      count: (table) => (host.ws.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    };
  };
}
