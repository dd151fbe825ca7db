/**
 * Origins whose http(s) links may leave the app for the system browser. Empty on purpose: the
 * analysts' machines are offline, and a link that opens a browser is a way for workspace content
 * (source URLs typed or imported by anyone) to reach outside. To allow a site, add its exact
 * origin here, e.g. 'https://docs.example.org'.
 */
export const EXTERNAL_LINK_ORIGINS: readonly string[] = [];

/** True when the URL is http(s) and its origin is on the allowlist. */
export function isAllowedExternal(url: string, allowlist: readonly string[]): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && allowlist.includes(parsed.origin);
  } catch {
    return false;
  }
}

/** The only way a URL leaves the app: checked against the allowlist, then handed to the OS. */
export function externalOpener(
  openExternal: (url: string) => Promise<void>,
  allowlist: readonly string[] = EXTERNAL_LINK_ORIGINS,
): (url: string) => void {
  return (url) => {
    // A system without a browser for the link rejects; there is nothing more the app can do.
    if (isAllowedExternal(url, allowlist)) openExternal(url).catch(() => {});
  };
}
