import { timingSafeEqual } from 'node:crypto';
import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../contract/result';
import { replaceWithEncrypted, writeEncryptedCopy } from '../store/encryption/encrypt-file';
import { rekey } from '../store/encryption/rekey';
import { looksEncrypted } from '../store/encryption/looks-encrypted';
import { keyForFile, newFileKey, type FileKey } from '../store/encryption/passphrase-key';
import { readHeader } from '../store/header';
import { createWorkspaceFile, openWorkspaceFile } from '../store/open';
import { Workspace, type Clock } from '../store/workspace';
import { fillSample } from '../sample/fill';
import type { Emit } from './dispatch';

/** Holds the one open workspace; opening another closes the current one only once the new one is open. */
export class WorkspaceHost {
  private current: Workspace | null = null;
  /** An encrypted workspace waiting for its key: after a lock, or when it was opened without one. */
  private lockedFile: string | null = null;
  /** How a long write (an import) reports progress while it runs; the dispatcher connects it to the store's events. */
  emit: Emit = () => {};

  constructor(private readonly clock?: Clock) {}

  get ws(): Workspace {
    if (!this.current && this.lockedFile) {
      throw new AppError('LOCKED', `"${basename(this.lockedFile)}" is locked. Unlock it (its passphrase, or the key this computer keeps for it) to go on.`, { file: this.lockedFile });
    }
    if (!this.current) throw new AppError('NO_WORKSPACE', 'No workspace is open. Create a workspace or open one from the File menu.');
    return this.current;
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  /** Opens a workspace; an encrypted one needs its passphrase, and is remembered as locked without it. */
  open(file: string, passphrase?: string): Workspace {
    // The key is derived only for a file that is not plain SQLite: scrypt takes a noticeable moment.
    return this.openKeyed(file, passphrase === undefined ? undefined : () => keyForFile(file, passphrase).key);
  }

  /** Opens a workspace with the raw key the operating system keeps for it (electron/shell-services/key-store.ts). */
  openWithKey(file: string, key: Buffer): Workspace {
    return this.openKeyed(file, () => key);
  }

  private openKeyed(file: string, keyOf?: () => Buffer): Workspace {
    try {
      // A plain file opened with a key must not be taken for an encrypted one.
      const key = keyOf && !readHeader(file).isSqlite ? keyOf() : undefined;
      const ws = new Workspace(openWorkspaceFile(file, { key }), file, this.clock);
      ws.key = key ?? null;
      return this.replace(ws);
    } catch (err) {
      if (err instanceof AppError && (err.code === 'LOCKED' || err.code === 'WRONG_KEY') && !this.current) this.lockedFile = file;
      throw err;
    }
  }

  create(file: string, sample: boolean, passphrase?: string): Workspace {
    return this.createKeyed(file, sample, passphrase === undefined ? undefined : newFileKey(passphrase));
  }

  /** Creates a workspace encrypted with a raw key and salt the operating system keeps. */
  createWithKey(file: string, sample: boolean, fileKey: FileKey): Workspace {
    return this.createKeyed(file, sample, fileKey);
  }

  private createKeyed(file: string, sample: boolean, fileKey: FileKey | undefined): Workspace {
    const db = createWorkspaceFile(file, sample ? (temp) => fillSample(new Workspace(temp, file, this.clock)) : undefined, fileKey);
    const ws = new Workspace(db, file, this.clock);
    ws.key = fileKey?.key ?? null;
    return this.replace(ws);
  }

  /** Opens the locked workspace with its passphrase. */
  unlock(passphrase: string): Workspace {
    if (!this.lockedFile) throw new AppError('NO_WORKSPACE', 'No workspace is locked. Create a workspace or open one.');
    return this.open(this.lockedFile, passphrase);
  }

  /**
   * Closes an encrypted workspace's connection, so its data is unreadable until its key is given
   * again. With `file`, an encrypted file the analyst chose to open (File ▸ Open) takes the place
   * of the open workspace, waiting for its key: the window then asks for that file's passphrase.
   */
  lock(file?: string): string {
    if (file !== undefined) return this.awaitKey(file);
    const ws = this.encryptedWs();
    this.close();
    this.lockedFile = ws.file;
    return ws.file;
  }

  private awaitKey(file: string): string {
    let header;
    try {
      header = readHeader(file);
    } catch (err) {
      throw new AppError('IO', `The workspace file "${basename(file)}" cannot be read: ${(err as Error).message}.`, { file });
    }
    if (!looksEncrypted(file, header)) throw new AppError('VALIDATION', `"${basename(file)}" is not encrypted; open it instead.`, { file });
    this.close();
    this.lockedFile = file;
    return file;
  }

  /** Encrypts the open workspace: an encrypted, checked copy replaces it; the plain file is kept aside only if asked. */
  encrypt(passphrase: string, keepPlainCopy: boolean): { ws: Workspace; plainCopy: string | null } {
    // Checked before scrypt runs, which takes a noticeable moment.
    this.plainWs();
    return this.encryptKeyed(newFileKey(passphrase), keepPlainCopy, (file) => this.open(file, passphrase));
  }

  /** As encrypt, with a raw key and salt the operating system keeps. */
  encryptWithKey(fileKey: FileKey, keepPlainCopy: boolean): { ws: Workspace; plainCopy: string | null } {
    return this.encryptKeyed(fileKey, keepPlainCopy, (file) => this.openWithKey(file, fileKey.key));
  }

  private plainWs(): Workspace {
    const ws = this.ws;
    if (ws.key) throw new AppError('VALIDATION', `"${basename(ws.file)}" is encrypted already; change its passphrase instead.`);
    return ws;
  }

  private encryptKeyed(fileKey: FileKey, keepPlainCopy: boolean, reopen: (file: string) => Workspace): { ws: Workspace; plainCopy: string | null } {
    const ws = this.plainWs();
    const temp = writeEncryptedCopy(ws.db, ws.file, fileKey);
    this.close();
    let plainCopy: string | null;
    try {
      plainCopy = replaceWithEncrypted(ws.file, temp, keepPlainCopy);
    } catch (err) {
      rmSync(temp, { force: true });
      this.open(ws.file);
      throw new AppError('IO', `"${basename(ws.file)}" could not be replaced by its encrypted copy (${(err as Error).message}); it was left as it was.`, { file: ws.file });
    }
    return { ws: reopen(ws.file), plainCopy };
  }

  /** Re-keys the open workspace (PRAGMA rekey) once the current passphrase is confirmed. */
  changePassphrase(current: string, next: string): Workspace {
    const ws = this.encryptedWs();
    const given = keyForFile(ws.file, current).key;
    if (!ws.key || !timingSafeEqual(given, ws.key)) {
      throw new AppError('WRONG_KEY', 'The current passphrase is not right; the passphrase was not changed. Check it and try again.', { file: ws.file });
    }
    ws.key = rekey(ws.db, next);
    return ws;
  }

  private encryptedWs(): Workspace {
    const ws = this.ws;
    if (!ws.key) throw new AppError('VALIDATION', `"${basename(ws.file)}" is not encrypted. Encrypt it first in Settings ▸ Security.`);
    return ws;
  }

  /** Opens the file, or creates it (from the sample if asked) when it does not exist yet. */
  openOrCreate(file: string, sample: boolean, exists: boolean): Workspace {
    return exists ? this.open(file) : this.create(file, sample);
  }

  private replace(next: Workspace): Workspace {
    this.current?.close();
    this.current = next;
    this.lockedFile = null;
    return next;
  }

  close(): void {
    this.current?.close();
    this.current = null;
  }
}
