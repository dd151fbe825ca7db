import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../contract/result';
import type { Db } from '../store/driver';
import { checkDatabaseCopy } from './check-database';

const EXTENSION = '.clusterdesk';

export interface BackupFile {
  file: string;
  /** When it was made, from its name (local time). */
  at: Date;
  automatic: boolean;
  bytes: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Local time, as the analyst reads it in a file name: 20250131-142501. */
export const fileStamp = (d: Date) => `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;

/** Cleans up after a failure without letting a second error hide the first. */
export function removeQuietly(files: string[]): void {
  for (const f of files) {
    try {
      rmSync(f, { force: true });
    } catch {
      // The file is beside one that could not be written; the original error says why.
    }
  }
}

export const workspaceBaseName = (workspaceFile: string) => basename(workspaceFile).replace(/\.clusterdesk$/, '');

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The backups of one workspace in a folder, newest first. */
export function listBackups(folder: string, workspaceFile: string): BackupFile[] {
  if (!existsSync(folder)) return [];
  const pattern = new RegExp(`^${escapeRe(workspaceBaseName(workspaceFile))}-(auto-)?(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})(?:-\\d+)?${escapeRe(EXTENSION)}$`);
  return readdirSync(folder)
    .flatMap((name) => {
      const m = pattern.exec(name);
      if (!m) return [];
      const [, auto, y, mo, d, h, mi, s] = m;
      const file = join(folder, name);
      return [{ file, at: new Date(+y, +mo - 1, +d, +h, +mi, +s), automatic: auto !== undefined, bytes: statSync(file).size }];
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.file.localeCompare(a.file));
}

export interface BackupOptions {
  folder: string;
  workspaceFile: string;
  now?: Date;
  automatic?: boolean;
  /** The open workspace's key when it is encrypted: VACUUM INTO writes the copy with the same key, and the check needs it. */
  key?: Buffer;
}

/**
 * Copies the open workspace with VACUUM INTO (a consistent snapshot, even while the WAL holds
 * recent writes) under a temporary name, checks the copy, and only then gives it its final name,
 * so that a file with a backup's name is always a good backup.
 */
export function backupNow(db: Db, options: BackupOptions): BackupFile {
  const at = options.now ?? new Date();
  const base = `${workspaceBaseName(options.workspaceFile)}-${options.automatic ? 'auto-' : ''}${fileStamp(at)}`;
  let target = join(options.folder, `${base}${EXTENSION}`);
  for (let n = 2; existsSync(target); n++) target = join(options.folder, `${base}-${n}${EXTENSION}`);
  const temp = `${target}.partial`;
  const temps = [temp, `${temp}-journal`];
  try {
    mkdirSync(options.folder, { recursive: true });
    db.prepare('VACUUM INTO ?').run(temp);
    const facts = checkDatabaseCopy(temp, basename(target), options.key);
    renameSync(temp, target);
    return { file: target, at, automatic: options.automatic === true, bytes: facts.bytes };
  } catch (err) {
    removeQuietly(temps);
    if (err instanceof AppError) throw err;
    throw new AppError('IO', `The backup could not be written to "${options.folder}": ${(err as Error).message}. Check that the folder exists and has free space, or choose another folder.`, {
      folder: options.folder,
    });
  }
}

export interface RollingOptions {
  folder: string;
  workspaceFile: string;
  /** How many automatic backups to keep; manual ones are never removed. */
  keep: number;
  now?: Date;
  key?: Buffer;
}

const sameDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/**
 * The daily automatic backup: makes one unless one was made today, then removes the oldest
 * automatic backups beyond `keep`. Safe to call at every start and on a timer.
 */
export function rollingBackup(db: Db, options: RollingOptions): { made: BackupFile | null; removed: string[] } {
  if (!Number.isInteger(options.keep) || options.keep < 1) throw new AppError('VALIDATION', 'Keep at least one automatic backup.');
  const now = options.now ?? new Date();
  const existing = listBackups(options.folder, options.workspaceFile).filter((b) => b.automatic);
  const made = existing.some((b) => sameDay(b.at, now)) ? null : backupNow(db, { ...options, now, automatic: true });
  const automatic = listBackups(options.folder, options.workspaceFile).filter((b) => b.automatic);
  const removed = automatic.slice(options.keep).map((b) => b.file);
  for (const f of removed) rmSync(f, { force: true });
  return { made, removed };
}
