import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../db/contract/result';

/**
 * Writes a file whole or not at all: the bytes go to a hidden temporary name in the same folder
 * (a rename across folders could copy), which then takes the chosen name. A failure leaves the
 * chosen name as it was, and no temporary file behind.
 */
export async function writeWhole(file: string, bytes: Uint8Array): Promise<number> {
  const folder = dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new AppError('IO', `The folder "${folder}" does not exist. Choose an existing folder for "${basename(file)}".`, { file, reason: 'noFolder' });
  }
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw new AppError('IO', `"${file}" is a folder. Add a file name to the path.`, { file, reason: 'isFolder' });
  }
  const temp = join(folder, `.${basename(file)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, file);
    return bytes.length;
  } catch (err) {
    await rm(temp, { force: true }).catch(() => {});
    throw new AppError('IO', `"${basename(file)}" could not be written (${(err as Error).message}); nothing was saved. Check that the folder can be written to and has free space.`, {
      file,
    });
  }
}
