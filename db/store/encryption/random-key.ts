import { randomBytes } from 'node:crypto';
import { KEY_BYTES, SALT_BYTES, type FileKey } from './passphrase-key';

/**
 * A key for a workspace whose key the operating system keeps instead of the analyst's memory: 32
 * random bytes, used as SQLCipher's raw key, and a fresh salt that becomes the file's first 16
 * bytes, by which the key store finds the key again.
 */
export function newRandomFileKey(): FileKey {
  return { key: randomBytes(KEY_BYTES), salt: randomBytes(SALT_BYTES) };
}
