import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { AppErrorShape, Events, MethodInput, MethodName, MethodOutput, Result } from '../../db/contract';
import type { WorkspaceHost } from '../../db/handlers/host';
import type { Workspace } from '../../db/store/workspace';
import { IN_PROCESS_SENDER, inProcessRouter } from '../../electron/router/in-process';
import type { Router } from '../../electron/router/router';
import { useTempDir } from './temp';

export interface TestWorkspace {
  file: string;
  host: WorkspaceHost;
  router: Router;
  /** 'data.changed' payloads, in the order they were emitted. */
  events: Events['data.changed'][];
  /** Calls a method through the router, as the renderer does, and returns the Result envelope. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  /** Calls a method that must succeed and returns its value. */
  value<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Calls a method that must fail and returns its error. */
  error<M extends MethodName>(method: M, input: MethodInput<M>): Promise<AppErrorShape>;
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
    const call = <M extends MethodName>(method: M, input: MethodInput<M>) =>
      router.handle(IN_PROCESS_SENDER, method, input) as Promise<Result<MethodOutput<M>>>;
    const created = await call('workspace.create', { file, sample: false });
    if (!created.ok) throw new Error(`workspace.create failed: ${created.error.message}`);
    events.length = 0;
    return {
      file,
      host,
      router,
      events,
      call,
      async value(method, input) {
        const r = await call(method, input);
        if (!r.ok) throw new Error(`${method} failed with ${r.error.code}: ${r.error.message}`);
        return r.value;
      },
      async error(method, input) {
        const r = await call(method, input);
        if (r.ok) throw new Error(`${method} succeeded but was expected to fail: ${JSON.stringify(r.value)}`);
        return r.error;
      },
      count: (table) => (host.ws.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
      seed: (action) => host.ws.write('test.seed', () => action(host.ws)).value,
    };
  };
}

export const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
