import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openWorkspaceFile } from '../../../db/store/open';
import { startAutomaticBackups } from '../../../electron/shell-services/auto-backup';
import { inProcessShellContext } from '../../../electron/router/in-process';
import { sha256 } from '../../support/workspace';
import { useShellWorkspace, type ShellWorkspace } from './methods-support';

const open = useShellWorkspace();

const nameIn = (file: string, id: number) => {
  const db = openWorkspaceFile(file);
  try {
    return (db.prepare('SELECT name FROM projects WHERE id = ?').get(id) as { name: string }).name;
  } finally {
    db.close();
  }
};

async function withProject(w: ShellWorkspace) {
  return w.value('projects.create', { name: 'Battery plant', country: 'AZ', category: 'energy_storage', stage: 'mou' });
}

describe('backups.now and backups.list', () => {
  test('without a folder in the settings, backups go to a folder beside the workspace, dated, checked and listed', async () => {
    const w = await open();
    await withProject(w);
    const made = await w.value('backups.now', { folder: null });
    const folder = join(w.dir, 'ClusterDesk backups');
    expect(dirname(made.file)).toBe(folder);
    expect(made).toMatchObject({ automatic: false });
    expect(made.bytes).toBeGreaterThan(0);
    expect(readdirSync(folder)).toEqual([made.file.slice(folder.length + 1)]);
    expect(nameIn(made.file, 1)).toBe('Battery plant');
    expect(await w.value('backups.list', { folder: null })).toEqual({ folder, backups: [made] });
  });

  test('a chosen folder is created when missing; an unwritable one is refused with its path', async () => {
    const w = await open();
    const folder = join(w.dir, 'deep', 'backups');
    const made = await w.value('backups.now', { folder });
    expect(dirname(made.file)).toBe(folder);
    const blocker = join(w.dir, 'blocker');
    writeFileSync(blocker, 'a file where a folder should be');
    const refused = await w.error('backups.now', { folder: join(blocker, 'backups') });
    expect(refused.code).toBe('IO');
    expect(refused.message).toContain('blocker');
    const relative = await w.error('backups.now', { folder: 'backups' });
    expect(relative.code).toBe('VALIDATION');
  });

  test('backups.auto makes one a day and keeps the newest N automatic ones; manual backups stay', async () => {
    const w = await open();
    const folder = join(w.dir, 'auto');
    const manual = await w.value('backups.now', { folder });
    for (const day of [16, 17, 18, 19]) {
      w.clock.now = `2026-01-${day}T12:00:00.000Z`;
      expect((await w.value('backups.auto', { folder, keep: 2 })).made).not.toBeNull();
      expect((await w.value('backups.auto', { folder, keep: 2 })).made).toBeNull();
    }
    const { backups } = await w.value('backups.list', { folder });
    expect(backups.filter((b) => b.automatic).map((b) => b.at.slice(0, 10))).toEqual(['2026-01-19', '2026-01-18']);
    expect(backups.filter((b) => !b.automatic)).toEqual([manual]);
  });
});

describe('backups.restore', () => {
  test('restores the backup, keeps the current file aside, reopens the workspace and tells the renderer', async () => {
    const w = await open();
    const project = await withProject(w);
    const backup = await w.value('backups.now', { folder: null });
    await w.value('projects.update', { id: project.id, version: project.version, values: { name: 'Battery plant (changed)' } });
    w.events.length = 0;

    const restored = await w.value('backups.restore', { file: backup.file });
    expect(restored.file).toBe(w.file);
    expect((await w.value('projects.get', { id: project.id })).name).toBe('Battery plant');
    expect(w.events).toEqual([{ tables: ['workspace'] }]);
    expect(restored.asideFile).toMatch(/test\.before-restore-\d{8}-\d{6}\.clusterdesk$/);
    expect(nameIn(restored.asideFile, project.id)).toBe('Battery plant (changed)');
    expect(existsSync(backup.file)).toBe(true);
    // The restored workspace takes edits as before.
    const again = await w.value('projects.get', { id: project.id });
    await w.value('projects.update', { id: again.id, version: again.version, values: { stage: 'fid' } });
  });

  test('a damaged backup is refused and nothing changes: the workspace stays open, as it was, with nothing set aside', async () => {
    const w = await open();
    const project = await withProject(w);
    const good = await w.value('backups.now', { folder: null });
    const folder = dirname(good.file);
    const smashed = join(folder, 'test-20260101-000000.clusterdesk');
    copyFileSync(good.file, smashed);
    // The second page overwritten: the header still says "workspace", the content is broken.
    const fd = openSync(smashed, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096);
    closeSync(fd);
    const notOne = join(folder, 'notes.clusterdesk');
    writeFileSync(notOne, 'These are my notes, not a workspace.');
    w.host.ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = sha256(w.file);
    const filesBefore = readdirSync(w.dir).sort();

    const corrupt = await w.error('backups.restore', { file: smashed });
    expect(corrupt.code).toBe('CORRUPT');
    expect(corrupt.message).toContain('test-20260101-000000.clusterdesk');
    const foreign = await w.error('backups.restore', { file: notOne });
    expect(foreign.code).toBe('NOT_A_WORKSPACE');
    const missing = await w.error('backups.restore', { file: join(folder, 'gone.clusterdesk') });
    expect(missing.code).toBe('IO');
    const itself = await w.error('backups.restore', { file: w.file });
    expect(itself.code).toBe('VALIDATION');

    expect(sha256(w.file)).toBe(before);
    expect(readdirSync(w.dir).sort()).toEqual(filesBefore);
    expect((await w.value('projects.get', { id: project.id })).name).toBe('Battery plant');
    expect(w.events).toEqual([{ tables: ['projects'] }]);
  });
});

describe('the automatic backup in the shell', () => {
  test('runs when the store has a workspace open and again when another is opened, into the folder and count of the settings', async () => {
    const w = await open();
    const ctx = inProcessShellContext(w.dir, (method, input) => w.call(method as never, input as never));
    const folder = join(w.dir, 'nightly');
    mkdirSync(folder);
    ctx.settings.update({ backupFolder: folder, backupsToKeep: 3 });
    const listeners: ((event: string, payload: unknown) => void)[] = [];
    const warnings: string[] = [];
    const stop = startAutomaticBackups(ctx, { ready: Promise.resolve({ ok: true, value: {} }), onEvent: (l) => (listeners.push(l), () => {}) }, (m) => warnings.push(m));
    await expect.poll(() => readdirSync(folder)).toEqual(['test-auto-20260115-100000.clusterdesk']);
    w.clock.now = '2026-01-16T10:00:00.000Z';
    listeners.forEach((l) => l('data.changed', { tables: ['workspace'] }));
    await expect.poll(() => readdirSync(folder).length).toBe(2);
    listeners.forEach((l) => l('data.changed', { tables: ['projects'] }));
    expect(warnings).toEqual([]);
    stop();
  });

  test('a locked workspace is skipped quietly, and backed up once it is unlocked', async () => {
    const w = await open();
    const outcomes: string[] = [];
    const ctx = inProcessShellContext(w.dir, async (method, input) => {
      const result = await w.call(method as never, input as never);
      if (method === 'backups.auto') outcomes.push(result.ok ? 'made' : result.error.code);
      return result;
    });
    const folder = join(w.dir, 'nightly');
    mkdirSync(folder);
    ctx.settings.update({ backupFolder: folder, backupsToKeep: 3 });
    const secret = join(w.dir, 'secret.clusterdesk');
    await w.value('workspace.create', { file: secret, sample: false, passphrase: 'correct horse battery staple' });
    await w.value('workspace.lock', {});
    const listeners: ((event: string, payload: unknown) => void)[] = [];
    const warnings: string[] = [];
    const stop = startAutomaticBackups(ctx, { ready: Promise.resolve({ ok: true, value: {} }), onEvent: (l) => (listeners.push(l), () => {}) }, (m) => warnings.push(m));
    await expect.poll(() => outcomes).toEqual(['LOCKED']);
    expect(readdirSync(folder)).toEqual([]);
    expect(warnings).toEqual([]);
    await w.value('workspace.unlock', { passphrase: 'correct horse battery staple' });
    listeners.forEach((l) => l('data.changed', { tables: ['workspace'] }));
    await expect.poll(() => readdirSync(folder)).toEqual(['secret-auto-20260115-100000.clusterdesk']);
    expect(outcomes).toEqual(['LOCKED', 'made']);
    expect(warnings).toEqual([]);
    stop();
  });

  test('a failure is reported to the log and does not throw', async () => {
    const w = await open();
    const ctx = inProcessShellContext(w.dir, (method, input) => w.call(method as never, input as never));
    const blocker = join(w.dir, 'blocker');
    writeFileSync(blocker, 'x');
    ctx.settings.update({ backupFolder: join(blocker, 'b') });
    const warnings: string[] = [];
    const stop = startAutomaticBackups(ctx, { ready: Promise.resolve({ ok: true, value: {} }), onEvent: () => () => {} }, (m) => warnings.push(m));
    await expect.poll(() => warnings.length).toBe(1);
    expect(warnings[0]).toMatch(/^Automatic backup failed: .*blocker/);
    stop();
  });
});
