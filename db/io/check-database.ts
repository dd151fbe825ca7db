import { basename } from 'node:path';
import { AppError } from '../contract/result';
import { latestSchemaVersion } from '../migrations';
import { openDriver } from '../store/driver';
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
export function checkDatabaseCopy(file: string, shownAs = basename(file)): DatabaseFacts {
  const header = readHeader(file);
  if (!header.isSqlite || header.applicationId !== APPLICATION_ID) {
    throw new AppError('NOT_A_WORKSPACE', `"${shownAs}" is not a ClusterDesk workspace or backup. Choose a .clusterdesk backup.`, { file: shownAs });
  }
  if (header.userVersion > latestSchemaVersion) {
    throw new AppError('NEWER_VERSION', `"${shownAs}" was made by a newer version of ClusterDesk (schema ${header.userVersion}). Update ClusterDesk to use it.`, {
      file: shownAs,
      schemaVersion: header.userVersion,
    });
  }
  const db = openDriver(file);
  try {
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
    throw new AppError('CORRUPT', `"${shownAs}" is damaged and cannot be used (${(err as Error).message}). Choose another backup.`, { file: shownAs });
  } finally {
    db.close();
  }
  return { schemaVersion: header.userVersion, bytes: header.size };
}
