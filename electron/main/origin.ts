/**
 * The app's one origin. The renderer is served from app://clusterdesk/ (never from a file URL), so the
 * page has a real origin that the CSP, the navigation guards, the request filter and the router
 * can all compare against.
 */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://clusterdesk`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Same comparison as the router: URL.origin is "null" for custom schemes, so use scheme and host. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/**
 * What the page may load: its own files, plus data: and its own blob: URLs, the image sources the
 * CSP allows. Everything else, devtools and file URLs included, is cancelled, so remote content
 * and local files outside the app never load.
 */
export function isAllowedRequest(url: string): boolean {
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  return isAppUrl(url);
}
