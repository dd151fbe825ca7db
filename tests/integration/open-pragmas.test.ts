import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { latestSchemaVersion } from '../../db/migrations';
import type { Db } from '../../db/store/driver';
import { APPLICATION_ID } from '../../db/store/header';
import { createWorkspaceFile, openWorkspaceFile } from '../../db/store/open';
import { useTempDir } from '../support/temp';

const temp = useTempDir();
const opened: Db[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});
const keep = (db: Db) => (opened.push(db), db);

const pragmasOf = (db: Db) => ({
  journal_mode: db.pragma('journal_mode', { simple: true }),
  synchronous: db.pragma('synchronous', { simple: true }),
  foreign_keys: db.pragma('foreign_keys', { simple: true }),
  trusted_schema: db.pragma('trusted_schema', { simple: true }),
});
const safe = { journal_mode: 'wal', synchronous: 2, foreign_keys: 1, trusted_schema: 0 };

describe('a workspace connection', () => {
  test('a created workspace is opened with WAL, synchronous FULL, foreign keys on and an untrusted schema', () => {
    const db = keep(createWorkspaceFile(join(temp(), 'new.clusterdesk')));
    expect(pragmasOf(db)).toEqual(safe);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
  });

  test('reopening an existing workspace sets the same pragmas again, and its quick_check passes', () => {
    const file = join(temp(), 'again.clusterdesk');
    createWorkspaceFile(file).close();
    const db = keep(openWorkspaceFile(file));
    expect(pragmasOf(db)).toEqual(safe);
    expect(db.pragma('quick_check')).toEqual([{ quick_check: 'ok' }]);
  });

  test('foreign keys are enforced on the opened connection', () => {
    const db = keep(createWorkspaceFile(join(temp(), 'fk.clusterdesk')));
    const now = new Date().toISOString();
    expect(() =>
      db
        .prepare("INSERT INTO projects (name, cluster_id, country, category, stage, created_at, updated_at) VALUES ('P', 42, 'AZ', 'other', 'idea', ?, ?)")
        .run(now, now),
    ).toThrow(/FOREIGN KEY/);
  });
});
