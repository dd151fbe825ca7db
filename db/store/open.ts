import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../contract/result';
import { latestSchemaVersion } from '../migrations';
import { openDriver, type Db } from './driver';
import { APPLICATION_ID, readHeader } from './header';
import { migrate } from './migrate';

const REQUIRED_PRAGMAS: [name: string, set: string, expected: string | number][] = [
  ['journal_mode', 'WAL', 'wal'],
  ['synchronous', 'FULL', 2],
  ['foreign_keys', 'ON', 1],
  ['trusted_schema', 'OFF', 0],
];

const OTHER_FILE = 'Open another workspace file, or restore one from a backup.';

/**
 * Sorts a file that cannot be opened into not-a-workspace, newer-version or corrupt, from its header
 * and then a read-only quick_check. Nothing here writes to the file.
 */
function inspect(file: string): void {
  const name = basename(file);
  if (!existsSync(file)) throw new AppError('IO', `The workspace file "${name}" does not exist.`, { file });
  let header;
  try {
    header = readHeader(file);
  } catch (err) {
    throw new AppError('IO', `The workspace file "${name}" cannot be read: ${(err as Error).message}.`, { file });
  }
  if (header.size === 0) {
    throw new AppError('NOT_A_WORKSPACE', `"${name}" is empty: it is not a ClusterDesk workspace. ${OTHER_FILE}`, { file });
  }
  if (!header.isSqlite || header.applicationId !== APPLICATION_ID) {
    throw new AppError('NOT_A_WORKSPACE', `"${name}" is not a ClusterDesk workspace. ${OTHER_FILE}`, { file });
  }
  if (header.userVersion > latestSchemaVersion) {
    throw new AppError(
      'NEWER_VERSION',
      `"${name}" was written by a newer version of ClusterDesk (schema ${header.userVersion}; this version reads up to ${latestSchemaVersion}). Update ClusterDesk to open it.`,
      { file, schemaVersion: header.userVersion },
    );
  }
  // A read-only connection to a WAL file creates the -wal and -shm files beside it and cannot remove
  // them; when the file is refused, those it created are removed so that a refused file is left alone.
  const sidecars = [`${file}-wal`, `${file}-shm`].filter((f) => !existsSync(f));
  let db: Db | undefined;
  try {
    db = openDriver(file, { readonly: true });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    if (rows.length !== 1 || rows[0].quick_check !== 'ok') {
      throw new Error(rows.slice(0, 3).map((r) => r.quick_check).join('; '));
    }
  } catch (err) {
    db?.close();
    db = undefined;
    removeEmptySidecars(sidecars);
    throw new AppError('CORRUPT', `"${name}" is damaged and cannot be opened safely. ${OTHER_FILE}`, {
      file,
      reason: (err as Error).message,
    });
  } finally {
    db?.close();
  }
}

/** Removes -wal/-shm files this process created, unless a -wal holds data (it then belongs to SQLite). */
function removeEmptySidecars(created: string[]): void {
  const wal = created.find((f) => f.endsWith('-wal'));
  if (wal && existsSync(wal) && statSync(wal).size > 0) return;
  for (const f of created) rmSync(f, { force: true });
}

function applyPragmas(db: Db): void {
  for (const [name, value, expected] of REQUIRED_PRAGMAS) {
    db.pragma(`${name} = ${value}`);
    const actual = db.pragma(name, { simple: true });
    if (actual !== expected) {
      throw new AppError('INTERNAL', `The workspace could not be opened safely: ${name} is ${String(actual)}, not ${String(expected)}.`);
    }
  }
  db.pragma('busy_timeout = 5000');
}

/** Opens an existing workspace read-write, migrating it when it is older than this version. */
export function openWorkspaceFile(file: string): Db {
  inspect(file);
  const db = openDriver(file);
  try {
    applyPragmas(db);
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Creates a workspace under a temporary name and renames it into place once complete, so a failure
 * never leaves a half-made file, and an existing file is never replaced.
 */
export function createWorkspaceFile(file: string, fill?: (db: Db) => void): Db {
  if (existsSync(file)) {
    throw new AppError('FILE_EXISTS', `"${basename(file)}" already exists; choose another name or open it.`, { file });
  }
  const temp = `${file}.creating-${process.pid}`;
  const temps = [temp, `${temp}-wal`, `${temp}-shm`];
  // A create that crashed earlier may have left a half-made file under the same temporary name.
  for (const f of temps) rmSync(f, { force: true });
  try {
    const db = openDriver(temp, { fileMustExist: false });
    try {
      applyPragmas(db);
      migrate(db);
      fill?.(db);
    } finally {
      db.close();
    }
    renameSync(temp, file);
  } catch (err) {
    for (const f of temps) rmSync(f, { force: true });
    if (err instanceof AppError) throw err;
    throw new AppError('IO', `The workspace "${basename(file)}" could not be created: ${(err as Error).message}.`, { file });
  }
  return openWorkspaceFile(file);
}
