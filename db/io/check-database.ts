import { basename } from 'node:path';
import { AppError } from '../contract/result';
import { latestSchemaVersion } from '../migrations';
import { openDriver, SqliteError, type Db } from '../store/driver';
import { looksEncrypted } from '../store/encryption/looks-encrypted';
import { APPLICATION_ID, readHeader } from '../store/header';

export interface DatabaseFacts {
  schemaVersion: number;
  bytes: number;
}

/**
 * Checks a backup or a copy about to become the workspace: ours (application id), not newer than
 * this version, whole (integrity_check) and consistent (foreign_key_check). The file is opened
 * read-write because it is a private copy; in DELETE journal mode afterwards, it is one self-contained file.
 */
export function checkDatabaseCopy(file: string, shownAs = basename(file), key?: Buffer): DatabaseFacts {
  const header = readHeader(file);
  // An encrypted copy (a backup of an encrypted workspace) shows nothing in its header; SQLite, given the key, checks it below.
  const encrypted = key !== undefined && !header.isSqlite;
  if (!key && looksEncrypted(file, header)) {
    throw new AppError('LOCKED', `"${shownAs}" is encrypted. Open the encrypted workspace it belongs to, with its passphrase, and restore it from there.`, { file: shownAs });
  }
  if (!encrypted && (!header.isSqlite || header.applicationId !== APPLICATION_ID)) {
    throw new AppError('NOT_A_WORKSPACE', `"${shownAs}" is not a ClusterDesk workspace or backup. Choose a .clusterdesk backup.`, { file: shownAs });
  }
  if (header.userVersion > latestSchemaVersion) {
    throw new AppError('NEWER_VERSION', `"${shownAs}" was made by a newer version of ClusterDesk (schema ${header.userVersion}). Update ClusterDesk to use it.`, {
      file: shownAs,
      schemaVersion: header.userVersion,
    });
  }
  const db = openDriver(file, { key: encrypted ? key : undefined });
  let schemaVersion = header.userVersion;
  try {
    if (encrypted) schemaVersion = checkEncryptedFacts(db, shownAs);
    db.pragma('journal_mode = DELETE');
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (integrity.length !== 1 || integrity[0].integrity_check !== 'ok' || fk.length) {
      throw new AppError('CORRUPT', `"${shownAs}" is damaged and cannot be used. Choose another backup.`, {
        file: shownAs,
        integrity: integrity.slice(0, 5).map((r) => r.integrity_check),
        foreignKeyViolations: fk.length,
      });
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (encrypted && err instanceof SqliteError && err.code === 'SQLITE_NOTADB') {
      throw new AppError('WRONG_KEY', `"${shownAs}" is encrypted with another passphrase (one used before it was changed?). Choose another backup.`, { file: shownAs });
    }
    throw new AppError('CORRUPT', `"${shownAs}" is damaged and cannot be used (${(err as Error).message}). Choose another backup.`, { file: shownAs });
  } finally {
    db.close();
  }
  return { schemaVersion, bytes: header.size };
}

/** What the header of a plain copy tells, asked through the key: ours, and not newer. */
function checkEncryptedFacts(db: Db, shownAs: string): number {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  if (applicationId !== APPLICATION_ID) {
    throw new AppError('NOT_A_WORKSPACE', `"${shownAs}" is not a ClusterDesk workspace or backup. Choose a .clusterdesk backup.`, { file: shownAs });
  }
  if (userVersion > latestSchemaVersion) {
    throw new AppError('NEWER_VERSION', `"${shownAs}" was made by a newer version of ClusterDesk (schema ${userVersion}). Update ClusterDesk to use it.`, {
      file: shownAs,
      schemaVersion: userVersion,
    });
  }
  return userVersion;
}
