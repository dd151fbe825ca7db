import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The one window's options, following Electron's security checklist: the page runs sandboxed and
 * isolated from the preload, with no Node, no webviews and no mixed content. The window stays
 * hidden until the first paint so the analyst never sees a blank frame.
 */
export function windowOptions(preloadPath: string, options: { isDev: boolean }): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    title: 'ClusterDesk',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Repeated alert() or confirm() from the page can be suppressed by the analyst.
      safeDialogs: true,
      // DevTools only while developing; a packaged build has no way to open them.
      devTools: options.isDev,
    },
  };
}
