import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../contract/result';
import { applyKey, openDriver, type Db } from '../driver';
import { openWorkspaceFile } from '../open';
import type { FileKey } from './passphrase-key';

/** "<name>.plain-<n>.clusterdesk": where the unencrypted original goes when the analyst keeps it. */
export function plainCopyName(file: string): string {
  const stem = file.endsWith('.clusterdesk') ? file.slice(0, -'.clusterdesk'.length) : file;
  for (let n = 1; ; n++) {
    const candidate = `${stem}.plain${n === 1 ? '' : `-${n}`}.clusterdesk`;
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Writes an encrypted copy of an open, unencrypted workspace under a temporary name and checks it
 * by opening it with the key. sqlite3mc has no sqlcipher_export, so the copy is a VACUUM INTO
 * snapshot encrypted in place by PRAGMA rekey; its rollback journal is kept in memory so that no
 * second plain copy of any page reaches the disk. Returns the checked temporary file.
 */
export function writeEncryptedCopy(db: Db, file: string, fileKey: FileKey): string {
  const temp = `${file}.encrypting-${process.pid}`;
  const temps = [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`];
  for (const f of temps) rmSync(f, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    const copy = openDriver(temp);
    try {
      copy.pragma('journal_mode = MEMORY');
      applyKey(copy, fileKey.key, fileKey.salt, 'rekey');
    } finally {
      copy.close();
    }
    openWorkspaceFile(temp, { key: fileKey.key }).close();
    return temp;
  } catch (err) {
    for (const f of temps) rmSync(f, { force: true });
    throw new AppError('IO', `"${basename(file)}" could not be encrypted (${(err as Error).message}); it was left as it was.`, { file });
  }
}

/**
 * Puts the checked encrypted copy in the workspace's place. The workspace must be closed first, so
 * that SQLite has written its -wal back and removed it. Without `keepPlainCopy` the rename replaces
 * the plain file in one step; with it, the plain file is moved aside first and its name returned.
 */
export function replaceWithEncrypted(file: string, temp: string, keepPlainCopy: boolean): string | null {
  const aside = keepPlainCopy ? plainCopyName(file) : null;
  if (aside) renameSync(file, aside);
  renameSync(temp, file);
  for (const s of ['-wal', '-shm']) rmSync(temp + s, { force: true });
  return aside;
}
