import { applyKey, type Db } from '../driver';
import { deriveKey } from './passphrase-key';

/** The salt SQLCipher uses for the open file; the copy on disk can lag behind it while page 1 sits in the -wal. */
function currentSalt(db: Db): Buffer {
  return Buffer.from(String(db.pragma('cipher_salt', { simple: true })), 'hex');
}

/**
 * Re-encrypts the open workspace with a key derived from a new passphrase, and returns that key.
 * sqlite3mc keeps an encrypted file's salt on rekey, so the new key is derived with that salt; if a
 * version of it ever renewed the salt, the key is derived again for the new one, so that the file
 * always opens with scrypt(passphrase, its own first 16 bytes).
 */
export function rekey(db: Db, passphrase: string): Buffer {
  let salt = currentSalt(db);
  for (let attempt = 0; attempt < 2; attempt++) {
    const key = deriveKey(passphrase, salt);
    applyKey(db, key, undefined, 'rekey');
    const after = currentSalt(db);
    if (after.equals(salt)) return key;
    salt = after;
  }
  throw new Error('the file kept changing its salt while its passphrase was changed');
}
