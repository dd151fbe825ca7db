import type { HeaderFacts } from '../header';
import { closeSync, openSync, readSync } from 'node:fs';

/** SQLCipher pages are 4096 bytes by default, and sqlite3mc keeps that size. */
const PAGE = 4096;

/**
 * Whether a file that does not start like SQLite is probably an encrypted workspace: whole pages,
 * and a first page that looks random. An encrypted page is indistinguishable from noise, so a file
 * of random bytes is taken for one too; a text file, a damaged SQLite file (mostly zeros and
 * schema text) or a truncated one is not. This only chooses the message: opening with a key is
 * what proves the file is a workspace.
 */
export function looksEncrypted(file: string, header: HeaderFacts): boolean {
  if (header.isSqlite || header.size < PAGE || header.size % PAGE !== 0) return false;
  const page = Buffer.alloc(PAGE);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, page, 0, PAGE, 0);
  } finally {
    closeSync(fd);
  }
  const counts = new Array<number>(256).fill(0);
  for (const b of page) counts[b]++;
  // Random bytes use nearly all 256 values about 16 times each; text and SQLite pages do not.
  const distinct = counts.filter((c) => c > 0).length;
  const most = Math.max(...counts);
  return distinct >= 240 && most <= 48;
}
