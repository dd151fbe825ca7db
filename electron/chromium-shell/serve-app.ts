import type { BrowserContext } from 'playwright-core';
import { serveAppFile } from '../app-protocol/serve';
import type { Router } from '../router/router';
import { installBridge } from './bridge-script';

/**
 * Makes a browser context serve ClusterDesk as the Chromium shell's does (start.ts): every request
 * answered from dist/renderer on the app's origin or refused, the router behind the page's bridge.
 */
export async function serveApp(context: BrowserContext, origin: string, rendererDir: string, router: Router): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${origin}/`)) return route.abort('blockedbyclient');
    const res = await serveAppFile(rendererDir, url);
    return route.fulfill({ status: res.status, headers: res.headers, body: res.body });
  });
  await context.exposeBinding('__clusterdeskInvoke', (source, method: unknown, input: unknown) =>
    router.handle({ url: source.frame.url(), isTopFrame: source.frame === source.page.mainFrame() }, method, input),
  );
  await context.addInitScript(installBridge);
}
