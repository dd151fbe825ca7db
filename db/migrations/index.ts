import init from './0001_init.sql';

/** Append-only: the position of a migration in this list is the schema version it produces. */
export const migrations: readonly string[] = [init];

export const latestSchemaVersion = migrations.length;
