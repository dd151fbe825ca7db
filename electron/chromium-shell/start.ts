import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveAppFile } from '../app-protocol/serve';
import { createRouter } from '../router/router';
import { startAutomaticBackups } from '../shell-services/auto-backup';
import { shellBackend } from '../shell-services/shell-handlers';
import { startStoreWorker, type StoreWorker } from '../worker/worker-client';
import { installBridge } from './bridge-script';
import { findChromium } from './find-chromium';
import { chromiumShellContext } from './shell-context';
import { shellPrinter } from './shell-printer';

/** The app's origin in Chromium: every request to it is answered from dist/renderer, all others are refused. */
export const SHELL_ORIGIN = 'https://clusterdesk.invalid';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

export interface ShellOptions {
  /** The folder holding renderer/ and worker/ as built by `npm run build`. */
  distDir: string;
  workspace: string;
  sample: boolean;
  /** Where settings live; the same folder Electron uses unless a test names another. */
  userDataDir: string;
  headless: boolean;
  profile: string;
  executablePath?: string;
  viewport?: { width: number; height: number };
  locale?: string;
}

export interface RunningShell {
  page: Page;
  context: BrowserContext;
  worker: StoreWorker;
  /** Resolves when the window is closed by the user or by close(). */
  closed: Promise<void>;
  close(): Promise<void>;
}

/**
 * Runs ClusterDesk in the system's Chromium: the same renderer, router and store worker as the
 * Electron app, with Playwright's bindings in place of Electron's IPC.
 */
export async function startChromiumShell(options: ShellOptions): Promise<RunningShell> {
  const executablePath = options.executablePath ?? findChromium();
  mkdirSync(dirname(options.workspace), { recursive: true });
  mkdirSync(options.profile, { recursive: true });

  const worker = startStoreWorker(join(options.distDir, 'worker', 'store-worker.mjs'), {
    file: options.workspace,
    createIfMissing: options.sample,
    sample: options.sample,
  });
  const backend = (method: Parameters<StoreWorker['call']>[0], input: unknown) => worker.call(method, input);
  // Printing briefings to PDF: in this shell's context once it exists (see shell-printer.ts).
  const printTarget: { context?: BrowserContext } = {};
  const printer = shellPrinter({
    origin: SHELL_ORIGIN,
    rendererDir: join(options.distDir, 'renderer'),
    executablePath,
    context: () => printTarget.context,
    router: () => router,
    headless: options.headless,
  });
  const shellContext = chromiumShellContext({ userDataDir: options.userDataDir, backend, printer });
  const shell = shellBackend(shellContext);
  const stopBackups = startAutomaticBackups(shellContext, worker);
  const router = createRouter({ appOrigin: SHELL_ORIGIN, backend, shell });

  const context = await chromium.launchPersistentContext(options.profile, {
    executablePath,
    headless: options.headless,
    args: [...CHROMIUM_FLAGS, ...(options.headless ? [] : ['--app=about:blank'])],
    viewport: options.viewport ?? (options.headless ? { width: 1280, height: 800 } : null),
    locale: options.locale ?? 'en-GB',
    serviceWorkers: 'block',
    acceptDownloads: false,
  });
  printTarget.context = context;
  const rendererDir = join(options.distDir, 'renderer');
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${SHELL_ORIGIN}/`)) return route.abort('blockedbyclient');
    const res = await serveAppFile(rendererDir, url);
    return route.fulfill({ status: res.status, headers: res.headers, body: res.body });
  });
  await context.exposeBinding('__clusterdeskInvoke', (source, method: unknown, input: unknown) =>
    router.handle({ url: source.frame.url(), isTopFrame: source.frame === source.page.mainFrame() }, method, input),
  );
  await context.addInitScript(installBridge);

  const page = context.pages()[0] ?? (await context.newPage());
  const unsubscribe = worker.onEvent((event, payload) => {
    for (const p of context.pages()) {
      p.evaluate(([e, data]) => (window as unknown as { __clusterdeskEmit?: (e: string, d: unknown) => void }).__clusterdeskEmit?.(e, data), [event, payload] as const).catch(() => {});
    }
  });

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      unsubscribe();
      stopBackups();
      await printer.close();
      await context.close().catch(() => {});
      await worker.close().catch(() => {});
    })());
  const closed = new Promise<void>((resolve) => context.on('close', () => void close().then(resolve)));

  await worker.ready;
  await page.goto(`${SHELL_ORIGIN}/index.html`);
  // A print page loads in the background, so the first export does not wait for the app to load.
  void printer.prewarm().catch(() => {});
  return { page, context, worker, closed, close };
}
