import type { Session, WebContents } from 'electron';
import { isAllowedRequest, isAppUrl } from './origin';

type GuardedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
};

/**
 * The app needs no browser permission (no camera, notifications, geolocation, clipboard-read,
 * devices...), so every request and check is denied. Clipboard copy and paste still work through
 * the page's copy/paste events, which need no permission.
 */
export function guardSession(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps a page on the app's origin: navigations and redirects elsewhere are stopped, new windows
 * are never created and webviews never attach. A link the allowlist accepts goes to the system
 * browser instead (see external-links.ts).
 */
export function guardWebContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternal(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternal(url);
    return { action: 'deny' };
  });
}
