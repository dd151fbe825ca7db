import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell } from 'electron';
import { electronPdfPrinter } from '../pdf/electron-printer';
import { createRouter } from '../router/router';
import { startAutomaticBackups } from '../shell-services/auto-backup';
import { openWithKeptKey } from '../shell-services/kept-keys';
import { readLastWorkspace, rememberOpenWorkspace } from '../shell-services/last-workspace';
import { shellBackend } from '../shell-services/shell-handlers';
import { startStoreWorker, type StoreWorker } from '../worker/worker-client';
import { bundlePaths } from './bundle-paths';
import { externalOpener } from './external-links';
import { forwardStoreEvents, handleInvoke, uiCommandSender } from './ipc';
import { menuTemplate } from './menu';
import { APP_ENTRY_URL, APP_ORIGIN } from './origin';
import { handleAppScheme, registerAppScheme } from './protocol';
import { guardSession, guardWebContents } from './security';
import { electronShellContext } from './shell-context';
import { closeStore } from './store-shutdown';
import { windowOptions } from './window-options';
import { createWorkspaceActions, type WorkspaceActions } from './workspace-actions';
import { workerStart, workspaceFileFromArgs } from './workspace-path';

/**
 * The app's lifecycle: one instance, one sandboxed window on app://clusterdesk, one store worker.
 * Everything with logic of its own lives in the modules imported above; this file only wires them
 * to Electron. There is no auto-update: the machines are offline and updates arrive as installers.
 */
const paths = bundlePaths(__dirname);
const isDev = !app.isPackaged;
const openExternal = externalOpener((url) => shell.openExternal(url));
// Long enough for the store to checkpoint its write-ahead log; short enough that quitting never hangs.
const STORE_CLOSE_TIMEOUT_MS = 5000;

// Both must happen before 'ready'.
registerAppScheme(protocol);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // The first instance receives our arguments through 'second-instance' and opens the file.
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  let worker: StoreWorker | null = null;
  let actions: WorkspaceActions | null = null;
  // A file named on the command line, or (macOS) handed over by 'open-file' before 'ready'.
  let startFile = workspaceFileFromArgs(process.argv, process.cwd());
  let storeClosed = false;

  const focus = () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  };
  // A file handed over before the store is running becomes the one it starts on.
  const openFile = (file: string) => {
    if (actions) void actions.open(file);
    else startFile = file;
  };

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));

  app.on('second-instance', (_event, argv, workingDirectory) => {
    focus();
    const file = workspaceFileFromArgs(argv, workingDirectory);
    if (file) openFile(file);
  });

  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFile(file);
  });

  // One window holds the one workspace: closing it ends the app on every platform.
  app.on('window-all-closed', () => app.quit());

  app.on('will-quit', (event) => {
    if (storeClosed || !worker) return;
    event.preventDefault();
    void closeStore(worker, STORE_CLOSE_TIMEOUT_MS).then(() => {
      storeClosed = true;
      app.quit();
    });
  });

  app.whenReady().then(() => {
    guardSession(session.defaultSession);
    handleAppScheme(protocol, paths.renderer);

    const userData = app.getPath('userData');
    const store = startStoreWorker(paths.worker, workerStart(startFile ?? readLastWorkspace(userData), userData));
    worker = store;
    const backend = store.call;
    // Briefings print in a hidden window of their own (electron/pdf/electron-printer.ts).
    const printer = electronPdfPrinter({ createWindow: (options) => new BrowserWindow(options), preload: paths.preload, entryUrl: APP_ENTRY_URL });
    const shellContext = electronShellContext({ app, dialog, shell, safeStorage, window: () => window, backend, printer });
    handleInvoke(ipcMain, createRouter({ appOrigin: APP_ORIGIN, backend, shell: shellBackend(shellContext) }));
    startAutomaticBackups(shellContext, store);
    rememberOpenWorkspace(shellContext, store);

    const win = new BrowserWindow(windowOptions(paths.preload, { isDev }));
    window = win;
    win.on('closed', () => {
      window = null;
    });
    win.once('ready-to-show', () => win.show());
    forwardStoreEvents(store, win.webContents);

    const openKept = (file: string) => openWithKeptKey(shellContext, file);
    actions = createWorkspaceActions({ backend, dialog, shell, window: () => window, documentsDir: app.getPath('documents'), openWithKeptKey: openKept });
    const sendCommand = uiCommandSender(() => window?.webContents ?? null);
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions, { isDev, isMac: process.platform === 'darwin' }, sendCommand)));

    win.loadURL(APP_ENTRY_URL).catch((err: Error) => dialog.showErrorBox('ClusterDesk could not start', err.message));
    void store.ready.then(async (result) => {
      if (result.ok) return;
      // An encrypted workspace whose key this computer keeps opens without asking; for any other
      // the window asks for the passphrase, and says why a kept key could not be used.
      const file = (result.error.details as { file?: unknown } | undefined)?.file;
      if (result.error.code === 'LOCKED' && typeof file === 'string') await openKept(file);
      else dialog.showErrorBox('The workspace could not be opened', result.error.message);
    });
  }).catch((err: Error) => {
    // Without a window there is nothing else to show the failure in.
    dialog.showErrorBox('ClusterDesk could not start', err.message);
    app.quit();
  });
}
