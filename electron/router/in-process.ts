import type { Emit } from '../../db/handlers/dispatch';
import { createDispatch } from '../../db/handlers/dispatch';
import { WorkspaceHost } from '../../db/handlers/host';
import type { Clock } from '../../db/store/workspace';
import { SettingsFile } from '../shell-services/settings-file';
import { shellBackend } from '../shell-services/shell-handlers';
import type { ShellContext } from '../shell-services/shell-context';
import { createRouter, type Backend, type Router } from './router';
import { join } from 'node:path';

export const IN_PROCESS_ORIGIN = 'app://clusterdesk';
export const IN_PROCESS_SENDER = { url: `${IN_PROCESS_ORIGIN}/index.html`, isTopFrame: true };

/** A shell without windows: settings in a folder of the test's choosing, no dialogs. */
export function inProcessShellContext(userDataDir: string, backend: Backend, revealed: string[] = []): ShellContext {
  return {
    shell: 'in-process',
    version: '0.0.0-test',
    userDataDir,
    settings: new SettingsFile(join(userDataDir, 'settings.json')),
    store: backend,
    showItemInFolder: (file) => revealed.push(file),
    saveDialog: null,
    openDialog: null,
  };
}

/**
 * The router over a store in this thread, without a worker: for tests and benchmarks. With a
 * user-data folder it also answers the shell's methods (settings, app info).
 */
export function inProcessRouter(
  emit: Emit = () => {},
  clock?: Clock,
  userDataDir?: string,
): { router: Router; host: WorkspaceHost; revealed: string[] } {
  const host = new WorkspaceHost(clock);
  const dispatch = createDispatch(host, emit);
  const backend: Backend = async (m, i) => dispatch(m, i);
  const revealed: string[] = [];
  const shell = userDataDir ? shellBackend(inProcessShellContext(userDataDir, backend, revealed)) : undefined;
  const router = createRouter({ appOrigin: IN_PROCESS_ORIGIN, backend, shell });
  return { router, host, revealed };
}
