import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AppError } from '../contract/result';
import { migrations } from '../migrations';
import { openDriver, SqliteError, type Db } from './driver';
import { looksEncrypted } from './encryption/looks-encrypted';
import { APPLICATION_ID, readHeader } from './header';
import { migrate } from './migrate';
import type { FileKey } from './encryption/passphrase-key';

export interface OpenOptions {
  /** The migrations to bring the file up to; the shipped list unless a test passes its own. */
  migrations?: readonly string[];
  /** The raw key of an encrypted workspace; ignored for a file that is not encrypted. */
  key?: Buffer;
}

const REQUIRED_PRAGMAS: [name: string, set: string, expected: string | number][] = [
  ['journal_mode', 'WAL', 'wal'],
  ['synchronous', 'FULL', 2],
  ['foreign_keys', 'ON', 1],
  ['trusted_schema', 'OFF', 0],
  // Sorts and temporary tables stay in memory, never in a plain temporary file beside an encrypted workspace.
  ['temp_store', 'MEMORY', 2],
];

const OTHER_FILE = 'Open another workspace file, or restore one from a backup.';

const notAWorkspace = (file: string) =>
  new AppError('NOT_A_WORKSPACE', `"${basename(file)}" is not a ClusterDesk workspace. ${OTHER_FILE}`, { file });

const corrupt = (file: string, reason: string) =>
  new AppError('CORRUPT', `"${basename(file)}" is damaged and cannot be opened safely. ${OTHER_FILE}`, { file, reason });

const locked = (file: string) =>
  new AppError('LOCKED', `"${basename(file)}" is encrypted (or is no ClusterDesk workspace at all: the two look alike). Enter its passphrase to open it, or open another workspace file.`, { file });

const wrongKey = (file: string) =>
  new AppError(
    'WRONG_KEY',
    `The passphrase does not open "${basename(file)}". Check it (capital letters, keyboard layout) and try again, or open another workspace file.`,
    { file },
  );

const newerVersion = (file: string, version: number, latest: number) =>
  new AppError(
    'NEWER_VERSION',
    `"${basename(file)}" was written by a newer version of ClusterDesk (schema ${version}; this version reads up to ${latest}). Update ClusterDesk to open it.`,
    { file, schemaVersion: version },
  );

/**
 * Sorts a file that cannot be opened into not-a-workspace, newer-version, corrupt, locked (encrypted,
 * no key given) or wrong key: first from its header, before SQLite touches it, then through SQLite,
 * reading only. Nothing here writes to the file. Returns whether the file is encrypted.
 */
function inspect(file: string, latest: number, key?: Buffer): boolean {
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
  // An encrypted file shows nothing in its header: SQLite, with the key, tells the rest.
  const encrypted = !header.isSqlite && looksEncrypted(file, header);
  if (encrypted && !key) throw locked(file);
  if (!encrypted && (!header.isSqlite || header.applicationId !== APPLICATION_ID)) throw notAWorkspace(file);
  if (!encrypted) checkHeaderVersions(file, header, latest);
  // A read-only connection to a WAL file creates the -wal and -shm files beside it and cannot remove
  // them; when the file is refused, those it created are removed so that a refused file is left alone.
  const sidecars = [`${file}-wal`, `${file}-shm`].filter((f) => !existsSync(f));
  try {
    checkThroughSqlite(file, latest, encrypted ? key : undefined);
  } catch (err) {
    removeEmptySidecars(sidecars);
    throw err;
  }
  return encrypted;
}

function checkHeaderVersions(file: string, header: ReturnType<typeof readHeader>, latest: number): void {
  if (header.userVersion > latest) throw newerVersion(file, header.userVersion, latest);
  // SQLite opens a file with a later format version read-only, and the first save would fail.
  if (![1, 2].includes(header.writeVersion) || ![1, 2].includes(header.readVersion)) {
    throw corrupt(file, `file format versions ${header.writeVersion}/${header.readVersion}`);
  }
}

/**
 * What SQLite itself reads. The version is asked again because the header on disk can be older than
 * a page 1 still in the -wal, and before integrity_check, because a newer ClusterDesk may write what
 * this one's check does not understand. integrity_check rather than quick_check: only it compares
 * indexes with their tables; it takes milliseconds on a workspace of a few megabytes.
 */
function checkThroughSqlite(file: string, latest: number, key?: Buffer): void {
  let reader: Db | undefined;
  let checker: Db | undefined;
  let facts: { applicationId: number; userVersion: number; problems: string[] };
  try {
    reader = openDriver(file, { readonly: true, key });
    const applicationId = reader.pragma('application_id', { simple: true }) as number;
    const userVersion = reader.pragma('user_version', { simple: true }) as number;
    let problems: string[] = [];
    if (applicationId === APPLICATION_ID && userVersion <= latest) {
      // SQLite leaves CHECK constraints out of a read-only connection's schema, so integrity_check
      // runs on a read-write connection that only reads. The reader stays open meanwhile: only the
      // last connection to close writes the -wal back into the file, so this one cannot.
      checker = openDriver(file, { key });
      checker.pragma('query_only = ON');
      problems = (checker.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((r) => r !== 'ok');
    }
    facts = { applicationId, userVersion, problems };
  } catch (err) {
    throw unreadable(file, err, key !== undefined);
  } finally {
    checker?.close();
    reader?.close();
  }
  if (facts.applicationId !== APPLICATION_ID) throw notAWorkspace(file);
  if (facts.userVersion > latest) throw newerVersion(file, facts.userVersion, latest);
  // Only a fully migrated file is ever renamed into place, so our id with version 0 means damage.
  if (facts.userVersion < 1) throw corrupt(file, 'schema version 0');
  // integrity_check can list every damaged page; the first few say enough.
  if (facts.problems.length) throw corrupt(file, facts.problems.join('\n').split('\n').slice(0, 5).join('; '));
}

/**
 * What SQLite said about a file it could not read: busy or out of reach is an IO problem, anything
 * else SQLite reports means damage. An error that is not SQLite's is a fault of ours, not the
 * file's, and goes on unchanged to be reported as INTERNAL.
 */
function unreadable(file: string, err: unknown, keyed: boolean): unknown {
  if (!(err instanceof SqliteError)) return err;
  // With a key, SQLCipher cannot tell a wrong key from a first page that is not what the key wrote.
  if (keyed && err.code === 'SQLITE_NOTADB') return wrongKey(file);
  if (/^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|PERM|NOMEM|FULL)/.test(err.code)) {
    return new AppError(
      'IO',
      `"${basename(file)}" could not be read (${err.code}). If another program has it open, close it there; then open it again.`,
      { file, sqlite: err.code },
    );
  }
  return corrupt(file, err.message);
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

function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable; Windows cannot open a folder to sync it, and NTFS journals renames. */
function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** "<name>.before-v<N>.clusterdesk", numbered when taken: an earlier backup is never replaced. */
function backupName(file: string, target: number): string {
  const stem = file.endsWith('.clusterdesk') ? file.slice(0, -'.clusterdesk'.length) : file;
  for (let n = 1; ; n++) {
    const candidate = `${stem}.before-v${target}${n === 1 ? '' : `-${n}`}.clusterdesk`;
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Copies the workspace, as it is, beside it before it is migrated. VACUUM INTO writes a consistent
 * snapshot but neither syncs it nor writes it atomically, so the copy is made under a temporary
 * name, checked like any file being opened, synced, and only then given its name.
 */
function backupBeforeMigrating(db: Db, file: string, from: number, target: number, key?: Buffer): string {
  const backup = backupName(file, target);
  const partial = `${backup}.partial-${process.pid}`;
  try {
    rmSync(partial, { force: true });
    db.prepare('VACUUM INTO ?').run(partial);
    // VACUUM INTO writes the copy encrypted with the same key and salt as the workspace.
    inspect(partial, from, key);
    syncFile(partial);
    renameSync(partial, backup);
    syncFolder(dirname(backup));
    return backup;
  } catch (err) {
    try {
      rmSync(partial, { force: true });
    } catch {
      // What could not be removed is named .partial and never mistaken for a backup.
    }
    throw new AppError(
      'IO',
      `Before upgrading "${basename(file)}", ClusterDesk keeps a copy of it beside it, and that copy could not be written. Nothing was changed. Check that the folder may be written to and has space, then open the file again.`,
      { file, backup, reason: (err as Error).message },
    );
  }
}

/** Migrates a file older than `steps` in one transaction, after keeping a checked copy of it. */
function upgrade(db: Db, file: string, steps: readonly string[], key?: Buffer): void {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from >= steps.length) return;
  const backup = backupBeforeMigrating(db, file, from, steps.length, key);
  try {
    migrate(db, steps.length, steps);
  } catch (err) {
    const failedVersion = err instanceof AppError ? (err.details as { failedVersion?: number } | undefined)?.failedVersion : undefined;
    throw new AppError(
      'INTERNAL',
      `"${basename(file)}" could not be upgraded from schema ${from} to ${steps.length}, and was left as it was; a copy made before the upgrade is "${basename(backup)}". Keep using it with the ClusterDesk version that made it, or open another workspace file.`,
      { file, backup, fromVersion: from, toVersion: steps.length, failedVersion, reason: (err as Error).message },
    );
  }
}

/**
 * Opens an existing workspace read-write. A file older than this version is first copied to a
 * backup beside it, then migrated in one transaction: if a step fails, the file stays as it was.
 */
export function openWorkspaceFile(file: string, options: OpenOptions = {}): Db {
  const steps = options.migrations ?? migrations;
  const encrypted = inspect(file, steps.length, options.key);
  const key = encrypted ? options.key : undefined;
  const db = openDriver(file, { key });
  try {
    applyPragmas(db);
    upgrade(db, file, steps, key);
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
export function createWorkspaceFile(file: string, fill?: (db: Db) => void, fileKey?: FileKey): Db {
  if (existsSync(file)) {
    throw new AppError('FILE_EXISTS', `"${basename(file)}" already exists; choose another name or open it.`, { file });
  }
  const temp = `${file}.creating-${process.pid}`;
  const temps = [temp, `${temp}-wal`, `${temp}-shm`];
  // A create that crashed earlier may have left a half-made file under the same temporary name.
  for (const f of temps) rmSync(f, { force: true });
  try {
    const db = openDriver(temp, { fileMustExist: false, key: fileKey?.key, salt: fileKey?.salt });
    try {
      applyPragmas(db);
      migrate(db);
      fill?.(db);
    } finally {
      db.close();
    }
    // The rename moves the main file only: anything still in a -wal would be left behind and lost.
    if (existsSync(`${temp}-wal`)) throw new Error('its write-ahead log was not written back into it');
    renameSync(temp, file);
  } catch (err) {
    for (const f of temps) rmSync(f, { force: true });
    if (err instanceof AppError) throw err;
    throw new AppError('IO', `The workspace "${basename(file)}" could not be created: ${(err as Error).message}.`, { file });
  }
  return openWorkspaceFile(file, { key: fileKey?.key });
}
