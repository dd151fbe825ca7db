import { randomBytes, scryptSync } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

/**
 * A workspace key derived from the analyst's passphrase with scrypt. The salt is SQLCipher's own:
 * the first 16 bytes of the encrypted file, random for each file and renewed with each new
 * passphrase. So nothing is kept beside the workspace, a moved or copied file (and each backup,
 * which carries the same salt) opens with the same passphrase, and no two files share a key.
 *
 * N = 2^17, r = 8, p = 1: about 128 MiB and a few hundred milliseconds per attempt, the strength
 * OWASP recommends for scrypt. These numbers are part of the file format: changing them would make
 * existing workspaces unreadable, so a change needs a version stamp first.
 */
export const SCRYPT = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 } as const;
export const SALT_BYTES = 16;
export const KEY_BYTES = 32;
export const MIN_PASSPHRASE = 8;

export interface FileKey {
  key: Buffer;
  salt: Buffer;
}

/** NFC first, so a passphrase typed on another keyboard layout or system gives the same key. */
export function deriveKey(passphrase: string, salt: Buffer): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, KEY_BYTES, SCRYPT);
}

/** A key for a file about to be written (a new workspace, or a new passphrase): a fresh salt. */
export function newFileKey(passphrase: string): FileKey {
  const salt = randomBytes(SALT_BYTES);
  return { key: deriveKey(passphrase, salt), salt };
}

/** Reads the salt of an encrypted file without opening it through SQLite. */
export function readSalt(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const salt = Buffer.alloc(SALT_BYTES);
    if (readSync(fd, salt, 0, SALT_BYTES, 0) !== SALT_BYTES) throw new Error('the file is too short to be encrypted');
    return salt;
  } finally {
    closeSync(fd);
  }
}

/** The key of an existing encrypted file. */
export function keyForFile(file: string, passphrase: string): FileKey {
  const salt = readSalt(file);
  return { key: deriveKey(passphrase, salt), salt };
}
