import { cleanup, render } from '@testing-library/react';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Events, Result } from '../../db/contract';
import type { WorkspaceHost } from '../../db/handlers/host';
import type { Workspace } from '../../db/store/workspace';
import { IN_PROCESS_SENDER, inProcessRouter } from '../../electron/router/in-process';
import { createClient, type Client } from '../../renderer/api/client';
import { inProcessBridge } from '../../renderer/api/transports';
import { App } from '../../renderer/app/App';
import { createI18n } from '../../renderer/app/i18n/i18n';
import { createServices, type Services } from '../../renderer/app/services';
import { useTempDir } from '../support/temp';

export interface TestApp {
  client: Client;
  host: WorkspaceHost;
  services: Services;
  /** A fresh folder for workspace files. */
  dir: string;
  /** The shell's user-data folder, where settings.json is kept. */
  userDataDir: string;
  /** Files the shell was asked to show in the OS file manager. */
  revealed: string[];
  /** Sends an event to the window as a shell does (the Electron menu's ui.command, say). */
  emit<E extends keyof Events>(event: E, payload: Events[E]): void;
  /** 'data.changed' payloads the store emitted, in order. */
  events: Events['data.changed'][];
  /** Writes through the store directly, for link tables the contract cannot write yet. */
  seed<T>(action: (ws: Workspace) => T): T;
}

/**
 * The whole renderer over the real router and store, in this process: calls go through the
 * router's checks and the store's SQL, and its 'data.changed' events reach the stores.
 */
export function useTestApp() {
  const temp = useTempDir();
  const running: { host: WorkspaceHost; services: Services }[] = [];
  afterEach(() => {
    cleanup();
    while (running.length) {
      const { host, services } = running.pop()!;
      services.dispose();
      host.close();
    }
    localStorage.clear();
    window.location.hash = '';
  });

  /**
   * Starts the app; with `workspace`, on a new empty workspace file (seeded by `fill` first).
   * `shell` may answer some calls in place of the in-process shell (say, as Electron's file dialogs would).
   */
  return async function start(options: {
    workspace: boolean;
    fill?: (app: TestApp) => Promise<void>;
    shell?: (method: string, input: unknown) => Result<unknown> | undefined;
  }): Promise<TestApp> {
    const events: Events['data.changed'][] = [];
    const userDataDir = temp();
    // The bridge needs the router and the router needs the bridge's emit: the closure breaks the cycle.
    let route: (method: string, input: unknown) => Promise<Result<unknown>> = () => Promise.reject(new Error('router not ready'));
    const { bridge, emit } = inProcessBridge((method, input) => {
      const answer = options.shell?.(method, input);
      return answer ? Promise.resolve(answer) : route(method, input);
    });
    const { router, host, revealed } = inProcessRouter(
      (event, payload) => {
        if (event === 'data.changed') events.push(payload as Events['data.changed']);
        emit(event, payload);
      },
      undefined,
      userDataDir,
    );
    route = (method, input) => router.handle(IN_PROCESS_SENDER, method, input);
    const client = createClient(bridge);
    const dir = temp();
    if (options.workspace) await client.api('workspace.create', { file: join(dir, 'test.clusterdesk'), sample: false });
    const services = createServices(client);
    running.push({ host, services });
    const app: TestApp = {
      client,
      host,
      services,
      dir,
      userDataDir,
      revealed,
      emit,
      events,
      seed: (action) => host.ws.write('test.seed', () => action(host.ws)).value,
    };
    await options.fill?.(app);
    events.length = 0;
    render(<App services={services} i18n={createI18n('en')} />);
    return app;
  };
}

/** Follows an in-app link the way a click does: the router listens to the location hash. */
export function go(hash: string): void {
  window.location.hash = hash;
}
