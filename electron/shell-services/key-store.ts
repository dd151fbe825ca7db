import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../db/contract/result';

/** What the key store needs of Electron's safeStorage (a stub in tests). */
export interface SafeStorage {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which system store protects the secret. */
  getSelectedStorageBackend?(): string;
}

const SaltHex = z.string().regex(/^[0-9a-f]{32}$/);
const KeyHex = /^[0-9a-f]{64}$/;
/** The file's whole shape; anything else is refused rather than overwritten, so no kept key is lost. */
const KeysFile = z.strictObject({ version: z.literal(1), keys: z.record(SaltHex, z.base64()) });
type KeysFile = z.infer<typeof KeysFile>;

export type KeptKey = { status: 'none' } | { status: 'unreadable'; reason: string } | { status: 'kept'; key: Buffer };

/**
 * The workspace keys this computer keeps: a JSON file in the user-data folder mapping each file's
 * salt (SQLCipher's first 16 bytes of the workspace, which backups share) to its raw key,
 * encrypted by the operating system through safeStorage (the Keychain, DPAPI, or the desktop's
 * secret service). The file alone opens nothing: another user or computer cannot decrypt it.
 */
export class KeyStore {
  constructor(
    readonly file: string,
    private readonly safe: SafeStorage,
  ) {}

  /** False where the system has no protected store: on Linux without a keyring Electron would keep the secret under a fixed password. */
  available(): boolean {
    try {
      if (!this.safe.isEncryptionAvailable()) return false;
    } catch {
      return false;
    }
    return !(process.platform === 'linux' && this.backend() === 'basic_text');
  }

  private backend(): string | undefined {
    try {
      return this.safe.getSelectedStorageBackend?.();
    } catch {
      return undefined;
    }
  }

  /** The key kept for a salt, without saying why it cannot be read beyond what the system said. */
  get(salt: Buffer): KeptKey {
    let keys: KeysFile;
    try {
      keys = this.read();
    } catch (err) {
      return { status: 'unreadable', reason: (err as Error).message };
    }
    const sealed = keys.keys[salt.toString('hex')];
    if (sealed === undefined) return { status: 'none' };
    try {
      const hex = this.safe.decryptString(Buffer.from(sealed, 'base64'));
      if (!KeyHex.test(hex)) return { status: 'unreadable', reason: 'the kept key is not a key' };
      return { status: 'kept', key: Buffer.from(hex, 'hex') };
    } catch (err) {
      return { status: 'unreadable', reason: (err as Error).message };
    }
  }

  /** Keeps a key; written before the workspace is, so that no encrypted file exists without its key. */
  put(salt: Buffer, key: Buffer): void {
    if (!this.available()) throw new AppError('VALIDATION', 'This computer offers no protected place to keep a workspace key. Choose a passphrase instead.');
    const keys = this.readForWrite();
    keys.keys[salt.toString('hex')] = this.safe.encryptString(key.toString('hex')).toString('base64');
    this.write(keys);
  }

  /** Forgets a key whose workspace was never written. */
  remove(salt: Buffer): void {
    const keys = this.readForWrite();
    delete keys.keys[salt.toString('hex')];
    this.write(keys);
  }

  private read(): KeysFile {
    if (!existsSync(this.file)) return { version: 1, keys: {} };
    const raw: unknown = JSON.parse(readFileSync(this.file, 'utf8'), (key, value: unknown) => (key === '__proto__' ? undefined : value));
    const parsed = KeysFile.safeParse(raw);
    if (!parsed.success) throw new Error(`${basename(this.file)} is not a ClusterDesk key store`);
    return { version: 1, keys: Object.assign(Object.create(null) as Record<string, string>, parsed.data.keys) };
  }

  private readForWrite(): KeysFile {
    try {
      return this.read();
    } catch (err) {
      throw new AppError(
        'IO',
        `The keys this computer keeps for encrypted workspaces ("${this.file}") cannot be read (${(err as Error).message}), so no key was added. Move that file aside to start a new one, or choose a passphrase.`,
        { file: this.file },
      );
    }
  }

  /**
   * Whole or not at all: a temporary file, readable by this user only, synced to disk and then
   * renamed over the old one. A key lost in a crash would leave its workspace unreadable.
   */
  private write(keys: KeysFile): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      const fd = openSync(temp, 'w', 0o600);
      try {
        writeSync(fd, `${JSON.stringify(keys, null, 2)}\n`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, this.file);
    } catch (err) {
      rmSync(temp, { force: true });
      throw new AppError('IO', `The key store "${this.file}" could not be written (${(err as Error).message}).`, { file: this.file });
    }
  }
}
