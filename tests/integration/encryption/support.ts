import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { WorkspaceHost } from '../../../db/handlers/host';
import { inProcessRouter } from '../../../electron/router/in-process';
import { routerCalls, type RouterCalls } from '../../support/router-calls';
import { useTempDir } from '../../support/temp';

export const PASSPHRASE = 'correct horse battery staple';

export interface Session extends RouterCalls {
  host: WorkspaceHost;
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
    return { host, ...routerCalls(router) };
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
