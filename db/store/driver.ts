import Database from 'better-sqlite3-multiple-ciphers';

/**
 * The one module that names the SQLite driver, so that it can be swapped in one place. The driver
 * is better-sqlite3 built with SQLite3 Multiple Ciphers: the same API, plus encryption at rest.
 */
export type Db = Database.Database;
export type Statement = Database.Statement;
export { Database };

export interface DriverOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
  /**
   * The raw 32-byte key of an encrypted workspace. With `salt` (16 bytes, only when the file is
   * new or re-keyed) SQLite writes that salt as the file's first 16 bytes; without it the salt is
   * read from the file.
   */
  key?: Buffer;
}

/** SQLCipher 4's format, so a workspace can also be read by other SQLCipher tools given the raw key. */
export function applyKey(db: Db, key: Buffer, salt?: Buffer, pragma: 'key' | 'rekey' = 'key'): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  const hex = key.toString('hex') + (salt ? salt.toString('hex') : '');
  // Hex digits only, so nothing can be smuggled into the statement.
  if (!/^[0-9a-f]+$/.test(hex)) throw new Error('a key must be bytes');
  db.pragma(`${pragma} = "x'${hex}'"`);
}

export function openDriver(file: string, options: DriverOptions & { salt?: Buffer } = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.fileMustExist ?? true });
  if (options.key) {
    try {
      applyKey(db, options.key, options.salt);
    } catch (err) {
      db.close();
      throw err;
    }
  }
  return db;
}

export const SqliteError = Database.SqliteError;
