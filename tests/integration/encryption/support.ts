import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { AppErrorShape, MethodInput, MethodName, MethodOutput, Result } from '../../../db/contract';
import type { WorkspaceHost } from '../../../db/handlers/host';
import { IN_PROCESS_SENDER, inProcessRouter } from '../../../electron/router/in-process';
import { useTempDir } from '../../support/temp';

export const PASSPHRASE = 'correct horse battery staple';

export interface Session {
  host: WorkspaceHost;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  value<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  error<M extends MethodName>(method: M, input: MethodInput<M>): Promise<AppErrorShape>;
}

/** A fresh folder per test and in-process "app starts" over it, each with its own store; all closed afterwards. */
export function useSessions(): { folder: () => string; start: () => Session } {
  const temp = useTempDir();
  const hosts: WorkspaceHost[] = [];
  afterEach(() => {
    while (hosts.length) hosts.pop()!.close();
  });
  const start = (): Session => {
    const { router, host } = inProcessRouter();
    hosts.push(host);
    const call = <M extends MethodName>(method: M, input: MethodInput<M>) =>
      router.handle(IN_PROCESS_SENDER, method, input) as Promise<Result<MethodOutput<M>>>;
    return {
      host,
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
    };
  };
  return { folder: temp, start };
}

export const workspaceIn = (folder: string) => join(folder, 'secret.clusterdesk');

/** The file and its sidecars, hashed: equal before and after means nothing was written or created. */
export function fingerprint(file: string): Record<string, string | null> {
  return Object.fromEntries(
    ['', '-wal', '-shm', '-journal'].map((s) => [s || 'main', existsSync(file + s) ? createHash('sha256').update(readFileSync(file + s)).digest('hex') : null]),
  );
}
