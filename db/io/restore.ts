import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../contract/result';
import { fileStamp, removeQuietly, workspaceBaseName } from './backup';
import { checkDatabaseCopy, type DatabaseFacts } from './check-database';

export interface RestoreOptions {
  backupFile: string;
  workspaceFile: string;
  /**
   * Closes the open workspace. Called only once the backup has passed its checks, so that a bad
   * backup leaves the workspace open and untouched; SQLite folds its WAL into the file on close,
   * and on Windows an open file cannot be moved.
   */
  closeWorkspace: () => void;
  now?: Date;
  /** The key of an encrypted workspace: its backups are encrypted with it and are checked with it. */
  key?: Buffer;
}

export interface Restored extends DatabaseFacts {
  /** Where the workspace as it was before the restore now lives. */
  asideFile: string;
}

/**
 * Replaces the workspace file with a backup: the backup is copied beside the workspace and checked
 * there (the backup itself is never opened), the workspace is closed and moved aside under
 * "<name>.before-restore-<stamp>.clusterdesk", and the checked copy takes its name. The caller
 * reopens the workspace afterwards.
 */
export function restoreBackup(options: RestoreOptions): Restored {
  const { backupFile, workspaceFile } = options;
  if (!existsSync(backupFile)) throw new AppError('IO', `The backup "${basename(backupFile)}" does not exist. Choose another backup.`, { file: backupFile });
  const folder = dirname(workspaceFile);
  const temp = join(folder, `${basename(workspaceFile)}.restoring-${process.pid}`);
  const temps = [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`];
  let facts: DatabaseFacts;
  try {
    copyFileSync(backupFile, temp);
    facts = checkDatabaseCopy(temp, basename(backupFile), options.key);
  } catch (err) {
    removeQuietly(temps);
    throw err instanceof AppError ? err : new AppError('IO', `The backup could not be copied: ${(err as Error).message}.`, { file: backupFile });
  }
  options.closeWorkspace();
  let stamp = fileStamp(options.now ?? new Date());
  const asideOf = (s: string) => join(folder, `${workspaceBaseName(workspaceFile)}.before-restore-${s}.clusterdesk`);
  for (let n = 2; existsSync(asideOf(stamp)); n++) stamp = `${fileStamp(options.now ?? new Date())}-${n}`;
  const aside = asideOf(stamp);
  const sidecars = ['-wal', '-shm'].filter((s) => existsSync(workspaceFile + s));
  try {
    if (existsSync(workspaceFile)) renameSync(workspaceFile, aside);
    for (const s of sidecars) renameSync(workspaceFile + s, aside + s);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new AppError('IO', `The current workspace could not be moved aside (${(err as Error).message}); nothing was restored. Close other programs that use it and try again.`, {
      file: workspaceFile,
    });
  }
  try {
    renameSync(temp, workspaceFile);
  } catch (err) {
    renameSync(aside, workspaceFile);
    for (const s of sidecars) renameSync(aside + s, workspaceFile + s);
    rmSync(temp, { force: true });
    throw new AppError('IO', `The backup could not be put in place (${(err as Error).message}); the workspace is as it was.`, { file: workspaceFile });
  }
  return { ...facts, asideFile: aside };
}
