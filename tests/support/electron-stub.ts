import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

/**
 * A small stand-in for the `electron` module, for tests that run the shell's code without an
 * Electron binary. Only what electron/main and electron/preload touch is here; every function is
 * a vi.fn so tests can read what was called. Use it as
 *   vi.mock('electron', async () => (await import('../support/electron-stub')).electronStub);
 * and import `electronStub` in the test to drive it. main.ts runs once per import, so a test file
 * that needs another starting state (say, a refused single-instance lock) is a file of its own.
 */

type Listener = (...args: unknown[]) => void;

export class StubWebContents extends EventEmitter {
  readonly mainFrame = { url: 'app://clusterdesk/index.html' };
  readonly send = vi.fn();
  readonly isDestroyed = vi.fn(() => false);
  readonly setWindowOpenHandler = vi.fn();
  /** The print adapter runs its page checks through this and prints with printToPDF. */
  readonly executeJavaScript = vi.fn(async (_code: string, _userGesture?: boolean): Promise<unknown> => undefined);
  readonly printToPDF = vi.fn(async (_options: unknown): Promise<Buffer> => Buffer.alloc(0));
}

export class StubBrowserWindow extends EventEmitter {
  static readonly instances: StubBrowserWindow[] = [];
  readonly webContents = new StubWebContents();
  readonly loadURL = vi.fn(async (_url: string) => {});
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  private destroyed = false;
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
  });
  readonly isDestroyed = vi.fn(() => this.destroyed);

  constructor(readonly options: unknown) {
    super();
    StubBrowserWindow.instances.push(this);
    // Electron announces every new WebContents on the app, which is where main.ts guards them.
    electronStub.app.emit('web-contents-created', {}, this.webContents);
  }
}

class StubApp extends EventEmitter {
  isPackaged = true;
  readonly enableSandbox = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly quit = vi.fn();
  /** A fresh folder per stub: main writes into userData (settings, the last workspace, kept keys), never into a real profile. */
  readonly stubRoot = mkdtempSync(join(tmpdir(), 'cd-electron-stub-'));
  readonly getPath = vi.fn((name: string) => join(this.stubRoot, name));
  readonly getVersion = vi.fn(() => '0.1.0');

  /** Resolves once the test emits 'ready', as Electron's does. */
  whenReady(): Promise<void> {
    return new Promise((resolve) => this.once('ready', () => resolve()));
  }
}

/**
 * safeStorage: a reversible transform standing in for the system's encryption (the Keychain, DPAPI,
 * a secret service). `available` switches it off as on a Linux desktop without a keyring; bytes
 * that it did not make fail to decrypt, as Electron's do with another user's or a changed keyring.
 */
const SEALED = Buffer.from('stub-sealed:');
const seal = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ 0xa5));
export const stubSafeStorage = {
  available: true,
  isEncryptionAvailable: vi.fn(() => stubSafeStorage.available),
  getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret' as const),
  encryptString: vi.fn((plainText: string) => Buffer.concat([SEALED, seal(Buffer.from(plainText, 'utf8'))])),
  decryptString: vi.fn((encrypted: Buffer) => {
    if (!encrypted.subarray(0, SEALED.length).equals(SEALED)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return seal(encrypted.subarray(SEALED.length)).toString('utf8');
  }),
};

function createStub() {
  const ipcRendererListeners = new EventEmitter();
  return {
    app: new StubApp(),
    BrowserWindow: StubBrowserWindow,
    ipcMain: { handle: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    dialog: {
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
      showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
      showErrorBox: vi.fn(),
    },
    safeStorage: stubSafeStorage,
    shell: { openExternal: vi.fn(async (_url: string) => {}), showItemInFolder: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })),
      on: vi.fn((channel: string, listener: Listener) => ipcRendererListeners.on(channel, listener)),
      removeListener: vi.fn((channel: string, listener: Listener) => ipcRendererListeners.removeListener(channel, listener)),
      /** Test helper: what the main process sending on `channel` looks like to the preload. */
      deliver: (channel: string, ...args: unknown[]) => ipcRendererListeners.emit(channel, { sender: 'ipc-renderer-event' }, ...args),
      listenerCount: (channel: string) => ipcRendererListeners.listenerCount(channel),
    },
  };
}

export const electronStub = createStub();
