import { existsSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { backupNow, listBackups, restoreBackup, rollingBackup } from '../../../db/io';
import { openWorkspaceFile } from '../../../db/store/open';
import { Workspace } from '../../../db/store/workspace';
import { fillEveryTable } from './fill';
import { refusal, useIoWorkspace } from './support';

const workspace = useIoWorkspace();

const day = (d: number, h = 9) => new Date(2026, 0, d, h, 30, 15);
const projectsIn = (file: string) => {
  const db = openWorkspaceFile(file);
  try {
    return (db.prepare('SELECT count(*) AS n FROM projects').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('backupNow', () => {
  test('writes a checked copy under a dated name, leaving no temporary file', () => {
    const io = workspace();
    fillEveryTable(io.ws);
    const folder = join(io.dir, 'backups');
    const backup = backupNow(io.ws.db, { folder, workspaceFile: io.ws.file, now: day(15) });
    expect(backup).toMatchObject({ file: join(folder, 'test-20260115-093015.clusterdesk'), automatic: false });
    expect(backup.bytes).toBeGreaterThan(0);
    expect(readdirSync(folder)).toEqual(['test-20260115-093015.clusterdesk']);
    expect(readFileSync(backup.file).subarray(18, 20)).toEqual(Buffer.from([1, 1]));
    expect(projectsIn(backup.file)).toBe(2);
  });

  test('includes writes still in the WAL, and two backups in one second get distinct names', () => {
    const io = workspace();
    io.ws.write('seed', () => io.ws.repos.partners.create({ name: 'SOCAR', kind: 'state_owned' }));
    const folder = join(io.dir, 'b');
    const a = backupNow(io.ws.db, { folder, workspaceFile: io.ws.file, now: day(15) });
    const b = backupNow(io.ws.db, { folder, workspaceFile: io.ws.file, now: day(15) });
    expect(b.file).toBe(join(folder, 'test-20260115-093015-2.clusterdesk'));
    const copy = new Workspace(openWorkspaceFile(a.file), a.file);
    expect(copy.repos.partners.get(1)?.name).toBe('SOCAR');
    copy.close();
  });

  test('a folder that cannot be written is an IO error that says what to do', async () => {
    const io = workspace();
    const blocker = join(io.dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const err = await refusal(() => backupNow(io.ws.db, { folder: blocker, workspaceFile: io.ws.file }));
    expect(err.code).toBe('IO');
    expect(err.message).toMatch(/could not be written to .*choose another folder/);
  });
});

describe('rollingBackup', () => {
  test('makes at most one automatic backup a day and keeps the last N, never removing manual ones', () => {
    const io = workspace();
    const folder = join(io.dir, 'auto');
    const options = { folder, workspaceFile: io.ws.file, keep: 2 };
    const manual = backupNow(io.ws.db, { folder, workspaceFile: io.ws.file, now: day(1) });
    expect(rollingBackup(io.ws.db, { ...options, now: day(10) }).made?.file).toMatch(/test-auto-20260110-093015\.clusterdesk$/);
    expect(rollingBackup(io.ws.db, { ...options, now: day(10, 18) }).made).toBeNull();
    rollingBackup(io.ws.db, { ...options, now: day(11) });
    const third = rollingBackup(io.ws.db, { ...options, now: day(12) });
    expect(third.removed).toEqual([join(folder, 'test-auto-20260110-093015.clusterdesk')]);
    expect(listBackups(folder, io.ws.file).map((b) => [b.file.slice(folder.length + 1), b.automatic])).toEqual([
      ['test-auto-20260112-093015.clusterdesk', true],
      ['test-auto-20260111-093015.clusterdesk', true],
      ['test-20260101-093015.clusterdesk', false],
    ]);
    expect(existsSync(manual.file)).toBe(true);
  });

  test('keeping fewer than one backup is refused', async () => {
    const io = workspace();
    expect((await refusal(() => rollingBackup(io.ws.db, { folder: io.dir, workspaceFile: io.ws.file, keep: 0 }))).code).toBe('VALIDATION');
  });
});

describe('restoreBackup', () => {
  test('checks the backup, closes the workspace, moves it aside and puts the backup in its place', () => {
    const io = workspace();
    fillEveryTable(io.ws);
    const backup = backupNow(io.ws.db, { folder: join(io.dir, 'b'), workspaceFile: io.ws.file, now: day(15) });
    io.ws.write('later', () => io.ws.repos.projects.create({ name: 'Added after the backup', country: 'AZ', category: 'digital', stage: 'idea' }));
    const backupBytes = readFileSync(backup.file);
    const calls: string[] = [];
    const restored = restoreBackup({ backupFile: backup.file, workspaceFile: io.ws.file, now: day(16), closeWorkspace: () => (calls.push('close'), io.ws.close()) });
    expect(calls).toEqual(['close']);
    expect(restored.asideFile).toBe(join(io.dir, 'test.before-restore-20260116-093015.clusterdesk'));
    expect(projectsIn(io.ws.file)).toBe(2);
    expect(projectsIn(restored.asideFile)).toBe(3);
    expect(readdirSync(io.dir).filter((f) => f.includes('restoring'))).toEqual([]);
    expect(readFileSync(backup.file).equals(backupBytes)).toBe(true);
  });

  test.each([
    ['a file that is not a workspace', (f: string) => writeFileSync(f, 'hello'), 'NOT_A_WORKSPACE'],
    ['a damaged backup', (f: string) => {
      const bytes = readFileSync(f);
      bytes.fill(0x5a, 4096 * 2, 4096 * 4);
      writeFileSync(f, bytes);
    }, 'CORRUPT'],
    ['a backup from a newer version', (f: string) => {
      const bytes = readFileSync(f);
      bytes.writeUInt32BE(99, 60);
      writeFileSync(f, bytes);
    }, 'NEWER_VERSION'],
  ])('%s is refused, and the workspace stays open and untouched', async (_, spoil, code) => {
    const io = workspace();
    fillEveryTable(io.ws);
    const backup = backupNow(io.ws.db, { folder: join(io.dir, 'b'), workspaceFile: io.ws.file, now: day(15) });
    spoil(backup.file);
    let closed = false;
    const err = await refusal(() => restoreBackup({ backupFile: backup.file, workspaceFile: io.ws.file, closeWorkspace: () => (closed = true) }));
    expect(err.code).toBe(code);
    expect(err.message).toMatch(/^"test-20260115-093015.clusterdesk" /);
    expect(closed).toBe(false);
    expect(io.ws.db.open).toBe(true);
    expect(io.count('projects')).toBe(2);
    expect(readdirSync(io.dir).sort()).toEqual(['b', 'test.clusterdesk', 'test.clusterdesk-shm', 'test.clusterdesk-wal']);
  });
});
