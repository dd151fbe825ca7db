import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { AppErrorShape, Events, MethodInput, MethodName, MethodOutput, Result } from '../../../db/contract';
import type { WorkspaceHost } from '../../../db/handlers/host';
import { IN_PROCESS_SENDER, inProcessRouter } from '../../../electron/router/in-process';
import { useTempDir } from '../../support/temp';

export interface ShellWorkspace {
  dir: string;
  file: string;
  host: WorkspaceHost;
  events: Events['data.changed'][];
  /** The workspace's clock: tests move it to name backups on other days. */
  clock: { now: string };
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  value<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  error<M extends MethodName>(method: M, input: MethodInput<M>): Promise<AppErrorShape>;
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
    const call = <M extends MethodName>(method: M, input: MethodInput<M>) => router.handle(IN_PROCESS_SENDER, method, input) as Promise<Result<MethodOutput<M>>>;
    const created = await call('workspace.create', { file, sample: false });
    if (!created.ok) throw new Error(created.error.message);
    events.length = 0;
    return {
      dir,
      file,
      host,
      events,
      clock,
      call,
      async value(method, input) {
        const r = await call(method, input);
        if (!r.ok) throw new Error(`${method} failed with ${r.error.code}: ${r.error.message}`);
        return r.value;
      },
      async error(method, input) {
        const r = await call(method, input);
        if (r.ok) throw new Error(`${method} succeeded but was expected to fail`);
        return r.error;
      },
      count: (table) => (host.ws.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    };
  };
}
