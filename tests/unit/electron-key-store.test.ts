import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Result } from '../../db/contract/result';
import { EVENT_CHANNEL } from '../../electron/preload/channels';
import type { electronStub } from '../support/electron-stub';
import { clusterInput } from '../support/records';
import { useTempDir } from '../support/temp';

/**
 * The key the operating system keeps, through the real main process against a stub of electron
 * and a real store (run in this thread instead of a worker). "Restarting" imports main.ts afresh.
 */

const hosts = vi.hoisted(() => [] as { close(): void }[]);

vi.mock('electron', async () => (await import('../support/electron-stub')).electronStub);
vi.mock('../../electron/worker/worker-client', async () => {
  const { existsSync: exists } = await import('node:fs');
  const { WorkspaceHost } = await import('../../db/handlers/host');
  const { createDispatch } = await import('../../db/handlers/dispatch');
  const { failure, ok } = await import('../../db/contract/result');
  type Start = { file: string };
  return {
    // As electron/worker/store-worker.ts does at start, in this thread.
    startStoreWorker: (_entry: string, start: Start) => {
      const host = new WorkspaceHost();
      hosts.push(host);
      const listeners = new Set<(event: string, payload: unknown) => void>();
      const dispatch = createDispatch(host, (event, payload) => listeners.forEach((l) => l(event, payload)));
      let ready: Result<unknown>;
      try {
        if (exists(start.file)) host.open(start.file);
        ready = ok(host.isOpen ? host.ws.info() : null);
      } catch (err) {
        ready = failure(err);
      }
      return {
        ready: Promise.resolve(ready),
        call: async (method: never, input: unknown) => dispatch(method, input),
        onEvent(listener: (event: string, payload: unknown) => void) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        close: async () => host.close(),
      };
    },
  };
});

const temp = useTempDir();
afterEach(() => {
  while (hosts.length) hosts.pop()!.close();
});

type Handler = (event: unknown, method: unknown, input: unknown) => Promise<Result<unknown>>;

/**
 * Starts main.ts afresh over a user-data folder; `call` is the window calling through the one IPC
 * handler. The mocked electron module outlives vi.resetModules, so its state is cleared here instead.
 */
async function boot(userData: string, options: { keyStore?: boolean } = {}) {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as typeof electronStub;
  const StubBrowserWindow = electron.BrowserWindow;
  const stubSafeStorage = electron.safeStorage;
  electron.app.removeAllListeners();
  StubBrowserWindow.instances.length = 0;
  vi.clearAllMocks();
  stubSafeStorage.available = options.keyStore ?? true;
  electron.app.getPath.mockImplementation((name: string) => (name === 'userData' ? userData : join(userData, '..', name)));
  await import('../../electron/main/main');
  electron.app.emit('ready');
  await vi.waitFor(() => expect(StubBrowserWindow.instances).toHaveLength(1));
  const window = StubBrowserWindow.instances[0];
  const handler = electron.ipcMain.handle.mock.calls.at(-1)![1] as Handler;
  const mainFrame = window.webContents.mainFrame;
  /** What the window received: every answer to its calls, and every message sent to it. */
  const received: unknown[] = [];
  const call = async (method: string, input: unknown = {}) => {
    const result = await handler({ senderFrame: mainFrame, sender: { mainFrame } }, method, input);
    received.push(result);
    return result;
  };
  const value = async (method: string, input?: unknown) => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method} failed with ${result.error.code}: ${result.error.message}`);
    return result.value as Record<string, unknown>;
  };
  const sent = () => window.webContents.send.mock.calls;
  const quit = async () => {
    electron.app.emit('will-quit', { preventDefault: () => {} });
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
  };
  const menuItem = (label: string) => {
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as { label?: string; submenu?: { label?: string; click?: () => void }[] }[];
    return template.find((m) => m.label === 'File')!.submenu!.find((i) => i.label === label)!;
  };
  return { electron, stubSafeStorage, window, call, value, received, sent, quit, menuItem };
}

const keysFile = (userData: string) => join(userData, 'keys.json');
const keptEntries = (userData: string) => Object.entries((JSON.parse(readFileSync(keysFile(userData), 'utf8')) as { keys: Record<string, string> }).keys);

describe('a workspace whose key this computer keeps (Electron safeStorage)', () => {
  test('is created without a passphrase, and after a restart opens without asking; the key never reaches the window', async () => {
    const userData = temp();
    const file = join(userData, 'workspace.clusterdesk');
    const first = await boot(userData);
    expect(await first.value('app.info')).toMatchObject({ shell: 'electron', keyStore: true });
    expect(await first.value('keyStore.create', { file, sample: false })).toMatchObject({ file, encrypted: true });
    await first.value('clusters.create', clusterInput({ name: 'Kept by the OS' }));
    expect(await first.value('keyStore.status')).toEqual({ available: true, key: 'kept' });

    // One entry: the file's salt, its first 16 bytes, mapped to the key sealed by the system.
    const [[salt, sealed]] = keptEntries(userData);
    expect(readFileSync(file).subarray(0, 16).toString('hex')).toBe(salt);
    const key = first.stubSafeStorage.decryptString(Buffer.from(sealed, 'base64'));
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(keysFile(userData), 'utf8')).not.toContain(key);
    // The window cannot use the raw-key store methods, even knowing the key.
    expect(await first.call('workspace.withKey.open', { file, key })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await first.quit();

    const second = await boot(userData);
    await vi.waitFor(() => expect(second.sent()).toContainEqual([EVENT_CHANNEL, 'data.changed', { tables: ['workspace'] }]));
    expect(await second.value('workspace.info')).toMatchObject({ file, encrypted: true, counts: { clusters: 1 } });
    expect(second.electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(second.electron.dialog.showMessageBox).not.toHaveBeenCalled();

    const everything = JSON.stringify([first.received, first.sent(), second.received, second.sent()]);
    const raw = Buffer.from(key, 'hex');
    for (const form of [key, key.toUpperCase(), raw.toString('base64'), sealed]) expect(everything).not.toContain(form);
  });

  test('locked after idle time, it unlocks with the Unlock button (keyStore.unlock), not by itself', async () => {
    const userData = temp();
    const file = join(userData, 'elsewhere.clusterdesk');
    const s = await boot(userData);
    await s.value('keyStore.create', { file, sample: true });
    expect(await s.value('workspace.lock')).toEqual({ file });
    expect(await s.call('workspace.info')).toMatchObject({ ok: false, error: { code: 'LOCKED', details: { file } } });
    expect(await s.value('keyStore.status')).toEqual({ available: true, key: 'kept' });
    expect(await s.value('keyStore.unlock')).toMatchObject({ file, encrypted: true });
    expect(await s.value('workspace.info')).toMatchObject({ file });
  });

  test('an entry the system cannot decrypt gives a clear message, and the window falls back to the passphrase prompt', async () => {
    const userData = temp();
    const file = join(userData, 'workspace.clusterdesk');
    const first = await boot(userData);
    await first.value('keyStore.create', { file, sample: false });
    await first.quit();
    const [[salt]] = keptEntries(userData);
    // What another user account, or a keyring that was reset, looks like: bytes the system did not seal.
    writeFileSync(keysFile(userData), JSON.stringify({ version: 1, keys: { [salt]: Buffer.from('sealed elsewhere').toString('base64') } }));

    const second = await boot(userData);
    await vi.waitFor(() => expect(second.stubSafeStorage.decryptString).toHaveBeenCalled());
    // LOCKED with the file: the window shows its passphrase prompt for it.
    expect(await second.call('workspace.info')).toMatchObject({ ok: false, error: { code: 'LOCKED', details: { file } } });
    expect(await second.value('keyStore.status')).toEqual({ available: true, key: 'unreadable' });
    const refused = await second.call('keyStore.unlock');
    expect(refused).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(!refused.ok && refused.error.message).toMatch(
      /^This computer keeps a key for "workspace\.clusterdesk", but the system's key store would not give it back .*Enter the workspace's passphrase if it has one/,
    );
    expect(second.electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  test('without a protected key store (Linux without a keyring) the option is not offered, and asking for it writes nothing', async () => {
    const userData = temp();
    const file = join(userData, 'workspace.clusterdesk');
    const s = await boot(userData, { keyStore: false });
    expect(await s.value('app.info')).toMatchObject({ keyStore: false });
    expect(await s.call('keyStore.create', { file, sample: false })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('Choose a passphrase instead') },
    });
    expect([existsSync(file), existsSync(keysFile(userData))]).toEqual([false, false]);
  });
});

describe('File ▸ Open of an encrypted file while another workspace is open', () => {
  test('one with a passphrase leads to the passphrase prompt for that file, with no error dialog', async () => {
    const userData = temp();
    const secret = join(userData, 'secret.clusterdesk');
    const plain = join(userData, 'plain.clusterdesk');
    const s = await boot(userData);
    await s.value('workspace.create', { file: secret, sample: false, passphrase: 'correct horse battery staple' });
    await s.value('workspace.create', { file: plain, sample: false });
    s.electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [secret] });
    s.sent().length = 0;
    s.menuItem('Open workspace…').click!();
    await vi.waitFor(() => expect(s.sent()).toContainEqual([EVENT_CHANNEL, 'data.changed', { tables: ['workspace'] }]));
    expect(await s.call('workspace.info')).toMatchObject({ ok: false, error: { code: 'LOCKED', details: { file: secret } } });
    expect(s.electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(await s.value('workspace.unlock', { passphrase: 'correct horse battery staple' })).toMatchObject({ file: secret });
  });

  test('one whose key this computer keeps opens at once', async () => {
    const userData = temp();
    const kept = join(userData, 'kept.clusterdesk');
    const plain = join(userData, 'plain.clusterdesk');
    const s = await boot(userData);
    await s.value('keyStore.create', { file: kept, sample: true });
    await s.value('workspace.create', { file: plain, sample: false });
    s.electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [kept] });
    s.menuItem('Open workspace…').click!();
    await vi.waitFor(async () => expect(await s.call('workspace.info')).toMatchObject({ ok: true, value: { file: kept, encrypted: true } }));
    expect(s.electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });
});

describe('the key store file', () => {
  const sealing = () => ({
    isEncryptionAvailable: () => true,
    encryptString: (s: string) => Buffer.from(`sealed:${s}`),
    decryptString: (b: Buffer) => {
      const text = b.toString('utf8');
      if (!text.startsWith('sealed:')) throw new Error('not sealed here');
      return text.slice('sealed:'.length);
    },
  });

  test('keeps keys by salt, sealed, readable by this user only, and forgets one on request', async () => {
    const { KeyStore } = await import('../../electron/shell-services/key-store');
    const dir = temp();
    const store = new KeyStore(join(dir, 'keys.json'), sealing());
    const [salt, key] = [Buffer.alloc(16, 1), Buffer.alloc(32, 2)];
    expect(store.get(salt)).toEqual({ status: 'none' });
    store.put(salt, key);
    expect(store.get(salt)).toEqual({ status: 'kept', key });
    expect(readFileSync(join(dir, 'keys.json'), 'utf8')).not.toContain(key.toString('hex'));
    if (process.platform !== 'win32') expect(statSync(join(dir, 'keys.json')).mode & 0o777).toBe(0o600);
    store.remove(salt);
    expect(store.get(salt)).toEqual({ status: 'none' });
    expect(readdirSync(dir)).toEqual(['keys.json']);
  });

  test('a damaged key store is never written over: keys in it may still be recoverable', async () => {
    const { KeyStore } = await import('../../electron/shell-services/key-store');
    const file = join(temp(), 'keys.json');
    writeFileSync(file, '{"version": 1, "keys": {"not a salt": 3}}');
    const store = new KeyStore(file, sealing());
    expect(store.get(Buffer.alloc(16))).toMatchObject({ status: 'unreadable', reason: 'keys.json is not a ClusterDesk key store' });
    expect(() => store.put(Buffer.alloc(16), Buffer.alloc(32))).toThrow(/cannot be read .* so no key was added/);
    expect(readFileSync(file, 'utf8')).toBe('{"version": 1, "keys": {"not a salt": 3}}');
  });

  test('is unavailable without encryption, and on Linux where Electron would fall back to a fixed password', async () => {
    const { KeyStore } = await import('../../electron/shell-services/key-store');
    expect(new KeyStore(join(temp(), 'k.json'), { ...sealing(), isEncryptionAvailable: () => false }).available()).toBe(false);
    const basicText = new KeyStore(join(temp(), 'k.json'), { ...sealing(), getSelectedStorageBackend: () => 'basic_text' });
    expect(basicText.available()).toBe(process.platform !== 'linux');
  });
});
