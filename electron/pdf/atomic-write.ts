import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../db/contract/result';

/** The file operations a write needs, so a test can make one fail half-way. */
export interface WriteIo {
  open: typeof open;
  rename: typeof rename;
  unlink: typeof unlink;
}

const nodeIo: WriteIo = { open, rename, unlink };

const codeOf = (err: unknown) => (err as NodeJS.ErrnoException | undefined)?.code ?? '';

/** Why a file could not be written, in words an analyst can act on; never half a file left behind. */
function writeError(err: unknown, file: string): AppError {
  const folder = dirname(file);
  const code = codeOf(err);
  const reason: Record<string, string> = {
    ENOENT: `The folder "${folder}" does not exist.`,
    ENOTDIR: `"${folder}" is not a folder.`,
    EACCES: `ClusterDesk may not write to the folder "${folder}": it is write-protected or belongs to someone else.`,
    EPERM: `ClusterDesk may not write to the folder "${folder}": it is write-protected or belongs to someone else.`,
    EROFS: `The folder "${folder}" is on a read-only disk.`,
    ENOSPC: `The disk of the folder "${folder}" is full.`,
    EISDIR: `"${file}" is a folder, not a file name.`,
    EBUSY: `"${file}" is open in another program; close it there and export again.`,
  };
  return new AppError('IO', `${reason[code] ?? `"${file}" could not be written (${code || (err as Error).message}).`} No file was written.`, {
    reason: 'writeFailed',
    errno: code || null,
    file,
  });
}

/** Checks before printing that the folder exists and may be written to, so a long print is not wasted. */
export async function checkFolder(file: string): Promise<void> {
  const folder = dirname(file);
  try {
    if (!(await stat(folder)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await access(folder, constants.W_OK);
    if ((await stat(file).catch(() => null))?.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
  } catch (err) {
    throw writeError(err, file);
  }
}

/**
 * Writes the bytes to a temporary file beside the target, flushes it to disk, then renames it over
 * the target: the target is either the old file or the whole new one, never a part. On any failure
 * the temporary file is removed.
 */
export async function writeAtomically(file: string, bytes: Uint8Array, io: WriteIo = nodeIo): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.part`);
  let created = false;
  try {
    const handle = await io.open(temp, 'wx', 0o644);
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await io.rename(temp, file);
  } catch (err) {
    if (created) await io.unlink(temp).catch(() => {});
    throw writeError(err, file);
  }
}
