import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { GroupHandlers } from '../../contract';
import type { backupMethods } from '../../contract/groups/backups';
import { AppError } from '../../contract/result';
import { backupNow, importArchive, limits, listBackups, restoreBackup, rollingBackup, type BackupFile } from '../../io';
import { dataRowCount } from '../../io/archive-rows';
import { tooLarge } from '../../io/refuse';
import type { WorkspaceHost } from '../host';

/** Where backups go when the settings name no folder: beside the workspace, so they travel with it. */
export const defaultBackupFolder = (workspaceFile: string) => join(dirname(workspaceFile), 'ClusterDesk backups');

const folderFor = (h: WorkspaceHost, folder: string | null) => folder ?? defaultBackupFolder(h.ws.file);
const entry = (b: BackupFile) => ({ file: b.file, at: b.at.toISOString(), automatic: b.automatic, bytes: b.bytes });
/** The workspace's clock, so that a test's clock names the backups too. */
const nowOf = (h: WorkspaceHost) => new Date(h.ws.now());
/** An encrypted workspace's key: its backups are written and checked with it. */
const keyOf = (h: WorkspaceHost) => h.ws.key ?? undefined;

/**
 * Reopens the workspace after a restore, with the key it had: a restored backup was checked with that
 * key, so it opens with it. Should that fail, an encrypted workspace waits locked for its key.
 */
function reopen(h: WorkspaceHost, file: string, key: Buffer | undefined): void {
  try {
    if (key) h.openWithKey(file, key);
    else h.open(file);
  } catch (err) {
    if (!(err instanceof AppError && (err.code === 'LOCKED' || err.code === 'WRONG_KEY'))) throw err;
  }
}

export const backupHandlers = {
  'backups.now': (h, { folder }) => entry(backupNow(h.ws.db, { folder: folderFor(h, folder), workspaceFile: h.ws.file, now: nowOf(h), key: keyOf(h) })),
  'backups.list': (h, { folder }) => {
    const chosen = folderFor(h, folder);
    return { folder: chosen, backups: listBackups(chosen, h.ws.file).map(entry) };
  },
  'backups.auto': (h, { folder, keep }) => {
    const { made, removed } = rollingBackup(h.ws.db, { folder: folderFor(h, folder), workspaceFile: h.ws.file, keep, now: nowOf(h), key: keyOf(h) });
    return { made: made && entry(made), removed };
  },
  'backups.restore': (h, { file }) => {
    const workspaceFile = h.ws.file;
    const key = keyOf(h);
    if (resolve(file) === resolve(workspaceFile)) {
      throw new AppError('VALIDATION', `"${basename(file)}" is the open workspace itself; choose one of its backups.`, { file });
    }
    try {
      const restored = restoreBackup({ backupFile: file, workspaceFile, closeWorkspace: () => h.close(), now: nowOf(h), key });
      return { file: workspaceFile, asideFile: restored.asideFile, schemaVersion: restored.schemaVersion };
    } finally {
      // Restored or not, the analyst goes on with a workspace open: the backup, or the file as it was.
      if (!h.isOpen) reopen(h, workspaceFile, key);
    }
  },
  'backups.importArchive': (h, { file }) => {
    const name = basename(file);
    let bytes: Buffer;
    try {
      // The size first: an oversized file is refused before it is read into memory.
      const { size } = statSync(file);
      if (size > limits.maxArchiveBytes) throw tooLarge(name, size, limits.maxArchiveBytes);
      bytes = readFileSync(file);
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('IO', `"${name}" could not be read (${(err as Error).message}). Check the path and try again.`, { file });
    }
    importArchive(h.ws, bytes, name);
    // The workspace was empty: its data rows now are the archive's, counted as the export counts them.
    return { rows: dataRowCount(h.ws.db) };
  },
} satisfies GroupHandlers<typeof backupMethods, WorkspaceHost>;
