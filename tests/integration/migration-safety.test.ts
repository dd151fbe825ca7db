import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AppError, failure } from '../../db/contract';
import { migrations } from '../../db/migrations';
import { fillSample } from '../../db/sample/fill';
import type { Db } from '../../db/store/driver';
import { createWorkspaceFile, openWorkspaceFile } from '../../db/store/open';
import { Workspace } from '../../db/store/workspace';
import { rowsDigest } from '../support/rows-digest';
import { useTempDir } from '../support/temp';
import { sha256 } from '../support/workspace';

const temp = useTempDir();
const latest = migrations.length;

// Migrations a later version could bring; the tests add them after the shipped ones.
const addNotes = 'CREATE TABLE review_notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT; ALTER TABLE projects ADD COLUMN review TEXT;';
const addIndex = 'CREATE INDEX review_notes_text ON review_notes (text);';
const broken = 'CREATE TABLE half_done (id INTEGER PRIMARY KEY); INSERT INTO no_such_table VALUES (1);';

/** A closed workspace at the current schema, full of the sample's records, with what it holds. */
function workspaceAtLatest(dir: string) {
  const file = join(dir, 'pipeline.clusterdesk');
  createWorkspaceFile(file, (db) => fillSample(new Workspace(db, file))).close();
  return { file, digest: withOpen(file, rowsDigest) };
}

function withOpen<T>(file: string, read: (db: Db) => T, steps?: readonly string[]): T {
  const db = openWorkspaceFile(file, steps ? { migrations: steps } : {});
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const version = (db: Db) => db.pragma('user_version', { simple: true }) as number;
const tables = (db: Db) => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];

function openError(file: string, steps: readonly string[]): AppError {
  try {
    openWorkspaceFile(file, { migrations: steps }).close();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('the file opened, but it was expected to be refused');
}

describe('opening a workspace written by an older version', () => {
  test('keeps a checked copy of it as it was beside it, then migrates it', () => {
    const dir = temp();
    const { file, digest } = workspaceAtLatest(dir);
    const upgraded = withOpen(file, (db) => ({ version: version(db), tables: tables(db) }), [...migrations, addNotes]);
    expect(upgraded.version).toBe(latest + 1);
    expect(upgraded.tables).toContain('review_notes');

    const backup = join(dir, `pipeline.before-v${latest + 1}.clusterdesk`);
    expect(readdirSync(dir).sort()).toEqual([basename(backup), basename(file)].sort());
    // The backup is a workspace of the old version with every row of the original.
    expect(withOpen(backup, (db) => ({ version: version(db), digest: rowsDigest(db), tables: tables(db) }))).toEqual({
      version: latest,
      digest,
      tables: expect.not.arrayContaining(['review_notes']),
    });
  });

  test('never replaces an earlier backup: the next one gets a number', () => {
    const dir = temp();
    const { file } = workspaceAtLatest(dir);
    const earlier = join(dir, `pipeline.before-v${latest + 1}.clusterdesk`);
    writeFileSync(earlier, 'an earlier backup the analyst keeps');
    withOpen(file, version, [...migrations, addNotes]);
    expect(readFileSync(earlier, 'utf8')).toBe('an earlier backup the analyst keeps');
    expect(existsSync(join(dir, `pipeline.before-v${latest + 1}-2.clusterdesk`))).toBe(true);
  });

  test('takes no backup of a workspace that is already at the latest version, nor of a new one', () => {
    const dir = temp();
    const { file } = workspaceAtLatest(dir);
    withOpen(file, version);
    expect(readdirSync(dir)).toEqual([basename(file)]);
  });
});

describe('a migration that fails', () => {
  test('leaves the workspace byte for byte as it was, still opening at its old version, with a clear message', () => {
    const dir = temp();
    const { file, digest } = workspaceAtLatest(dir);
    const before = sha256(file);
    const error = openError(file, [...migrations, broken]);

    expect(error.code).toBe('INTERNAL');
    expect(error.message).toContain('"pipeline.clusterdesk" could not be upgraded');
    expect(error.message).toContain('left as it was');
    expect(error.message).toContain(`"pipeline.before-v${latest + 1}.clusterdesk"`);
    expect(error.details).toMatchObject({ fromVersion: latest, toVersion: latest + 1, failedVersion: latest + 1, reason: expect.stringContaining('no_such_table') });
    // What crosses to the renderer keeps the message: it is written for the analyst.
    expect(failure(error).error.message).toBe(error.message);

    expect(sha256(file)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual([`pipeline.before-v${latest + 1}.clusterdesk`, 'pipeline.clusterdesk']);
    expect(withOpen(file, (db) => ({ version: version(db), digest: rowsDigest(db), tables: tables(db) }))).toEqual({
      version: latest,
      digest,
      tables: expect.not.arrayContaining(['half_done']),
    });
  });

  test('undoes the steps before it too: all pending migrations are one transaction', () => {
    const dir = temp();
    const { file, digest } = workspaceAtLatest(dir);
    const before = sha256(file);
    const error = openError(file, [...migrations, addNotes, addIndex, broken]);
    expect(error.details).toMatchObject({ fromVersion: latest, toVersion: latest + 3, failedVersion: latest + 3, reason: expect.stringContaining('no_such_table') });
    expect(sha256(file)).toBe(before);
    expect(withOpen(file, (db) => ({ version: version(db), digest: rowsDigest(db), tables: tables(db) }))).toEqual({
      version: latest,
      digest,
      tables: expect.not.arrayContaining(['review_notes', 'half_done']),
    });
  });

  test('is not even tried when the backup cannot be written, and the workspace is left as it was', () => {
    const dir = temp();
    const { file } = workspaceAtLatest(dir);
    const before = sha256(file);
    // A folder where the copy is written first makes the copy fail, as a full or read-only disk would.
    mkdirSync(join(dir, `pipeline.before-v${latest + 1}.clusterdesk.partial-${process.pid}`));
    const error = openError(file, [...migrations, addNotes]);
    expect(error.code).toBe('IO');
    expect(error.message).toContain('Nothing was changed');
    expect(sha256(file)).toBe(before);
    expect(withOpen(file, version)).toBe(latest);
  });
});
