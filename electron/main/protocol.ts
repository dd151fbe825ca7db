import type { Protocol } from 'electron';
import { serveAppFile } from '../app-protocol/serve';
import { CONTENT_SECURITY_POLICY } from '../app-protocol/csp';
import { APP_SCHEME, isAppUrl } from './origin';

/**
 * Makes app:// a standard, secure scheme so the page gets a real origin, a secure context and
 * fetch. No CORS, no CSP bypass and no service workers. Must run before the app is ready.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer at app://clusterdesk/, every response with the CSP header. */
export function handleAppScheme(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request));
}

export async function appResponse(rendererDir: string, request: Request): Promise<Response> {
  // Only the app's own host is served; app://anything-else gets nothing, not even a 404 page body.
  if (!isAppUrl(request.url) || request.method !== 'GET') {
    return new Response(null, { status: 404, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
  }
  const file = await serveAppFile(rendererDir, request.url);
  // Response takes views over a plain ArrayBuffer; Buffer's type allows a shared one, so copy.
  return new Response(new Uint8Array(file.body), { status: file.status, headers: file.headers });
}
