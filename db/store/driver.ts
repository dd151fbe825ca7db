import Database from 'better-sqlite3';

/** The one module that names the SQLite driver, so that it can be swapped in one place. */
export type Db = Database.Database;
export type Statement = Database.Statement;

export function openDriver(file: string, options: { readonly?: boolean; fileMustExist?: boolean } = {}): Db {
  return new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.fileMustExist ?? true });
}

export const SqliteError = Database.SqliteError;
