import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { AppErrorShape, ErrorCode } from '../../db/contract';
import { WorkspaceHost } from '../../db/handlers/host';
import { latestSchemaVersion } from '../../db/migrations';
import { Database } from '../../db/store/driver';
import { createWorkspaceFile, openWorkspaceFile } from '../../db/store/open';
import { IN_PROCESS_SENDER, inProcessRouter } from '../../electron/router/in-process';
import { sourceInput } from '../support/records';
import { useTempDir } from '../support/temp';
import { sha256 } from '../support/workspace';

const temp = useTempDir();
const hosts: WorkspaceHost[] = [];
afterEach(() => {
  while (hosts.length) hosts.pop()!.close();
});

/** Opens a file the way the File > Open menu does: through the router, as workspace.open. */
async function openThroughRouter(file: string) {
  const { router, host } = inProcessRouter();
  hosts.push(host);
  const result = await router.handle(IN_PROCESS_SENDER, 'workspace.open', { file });
  return { result, host };
}

/** A real workspace with enough rows to span many pages, closed. */
async function workspaceWithRows(dir: string): Promise<string> {
  const file = join(dir, 'pipeline.clusterdesk');
  const { router, host } = inProcessRouter();
  hosts.push(host);
  expect((await router.handle(IN_PROCESS_SENDER, 'workspace.create', { file, sample: false })).ok).toBe(true);
  for (let i = 0; i < 300; i++) {
    const r = await router.handle(IN_PROCESS_SENDER, 'sources.create', sourceInput({ title: `Report ${i} `.repeat(20), reliability: 'x'.repeat(400) }));
    expect(r.ok).toBe(true);
  }
  host.close();
  return file;
}

/** Refused with the code, a message naming the file, the file byte-for-byte as it was and nothing new beside it. */
async function expectRefused(file: string, code: ErrorCode): Promise<AppErrorShape> {
  const dir = join(file, '..');
  const before = { hash: sha256(file), size: statSync(file).size, listing: readdirSync(dir).sort() };
  const { result, host } = await openThroughRouter(file);
  expect(result.ok).toBe(false);
  const error = (result as { ok: false; error: AppErrorShape }).error;
  expect(error.code).toBe(code);
  expect(error.message).toContain(basename(file));
  expect(host.isOpen).toBe(false);
  expect(statSync(file).size).toBe(before.size);
  expect(sha256(file)).toBe(before.hash);
  expect(readdirSync(dir).sort()).toEqual(before.listing);
  return error;
}

describe('opening a file that is not a workspace', () => {
  test.each([
    ['a text file named like a workspace', 'notes.clusterdesk', 'Projects to follow up:\n- Sumgait polypropylene\n'],
    ['a CSV file', 'projects.csv.clusterdesk', 'name,country,stage\nPolypropylene plant,AZ,construction\n'],
    ['an empty file', 'empty.clusterdesk', ''],
    ['a file shorter than an SQLite header that starts like one', 'short.clusterdesk', 'SQLite format 3\0abc'],
  ])('%s is refused as NOT_A_WORKSPACE', async (_what, name, content) => {
    const file = join(temp(), name);
    writeFileSync(file, content);
    await expectRefused(file, 'NOT_A_WORKSPACE');
  });

  test('random bytes in whole pages look like an encrypted workspace: refused as LOCKED until a passphrase is given, then WRONG_KEY', async () => {
    const file = join(temp(), 'random.clusterdesk');
    writeFileSync(file, randomBytes(8192));
    await expectRefused(file, 'LOCKED');
    const before = readFileSync(file);
    expect(() => openWorkspaceFile(file, { key: randomBytes(32) })).toThrow(expect.objectContaining({ code: 'WRONG_KEY' }));
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dirname(file))).toEqual(['random.clusterdesk']);
  });

  test('random bytes that are not whole pages are refused as NOT_A_WORKSPACE', async () => {
    const file = join(temp(), 'random.clusterdesk');
    writeFileSync(file, randomBytes(8000));
    await expectRefused(file, 'NOT_A_WORKSPACE');
  });

  test.each([
    ['in rollback-journal mode', 'delete'],
    ['in WAL mode', 'wal'],
  ])('a valid SQLite database of another program (%s) is refused as NOT_A_WORKSPACE', async (_what, mode) => {
    const file = join(temp(), 'other-app.clusterdesk');
    const db = new Database(file);
    db.pragma(`journal_mode = ${mode}`);
    db.exec("CREATE TABLE clusters (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO clusters (name) VALUES ('not ours')");
    db.close();
    const error = await expectRefused(file, 'NOT_A_WORKSPACE');
    expect(error.message).toMatch(/not a ClusterDesk workspace/);
  });
});

describe('opening a damaged workspace', () => {
  test('a workspace whose middle pages were overwritten is refused as CORRUPT', async () => {
    const file = await workspaceWithRows(temp());
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const pages = bytes.length / pageSize;
    expect(pages).toBeGreaterThan(20);
    // Overwrite a third of the pages in the middle; the 100-byte header stays valid.
    for (let p = Math.floor(pages / 3); p < Math.floor((2 * pages) / 3); p++) {
      for (let i = 0; i < pageSize; i++) bytes[p * pageSize + i] = (p * 31 + i * 17) & 0xff;
    }
    writeFileSync(file, bytes);
    const error = await expectRefused(file, 'CORRUPT');
    expect(error.message).toMatch(/damaged/);
  });

  test('a truncated workspace is refused as CORRUPT', async () => {
    const file = await workspaceWithRows(temp());
    truncateSync(file, Math.floor(statSync(file).size / 2));
    await expectRefused(file, 'CORRUPT');
  });

  test('a workspace cut off in the middle of a page is refused as CORRUPT', async () => {
    const file = await workspaceWithRows(temp());
    truncateSync(file, statSync(file).size - 1000);
    await expectRefused(file, 'CORRUPT');
  });
});

describe('opening a workspace from a newer ClusterDesk', () => {
  test('a file whose schema version is above ours is refused as NEWER_VERSION, naming both versions', async () => {
    const file = join(temp(), 'from-the-future.clusterdesk');
    createWorkspaceFile(file).close();
    const db = new Database(file);
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.close();
    const error = await expectRefused(file, 'NEWER_VERSION');
    expect(error.message).toContain(String(latestSchemaVersion + 1));
    expect(error.details).toMatchObject({ schemaVersion: latestSchemaVersion + 1 });
  });
});

describe('a refused file does not disturb the open workspace', () => {
  test('the workspace that was open stays open and usable', async () => {
    const dir = temp();
    const good = join(dir, 'good.clusterdesk');
    const bad = join(dir, 'bad.clusterdesk');
    writeFileSync(bad, 'not a database');
    const { router, host } = inProcessRouter();
    hosts.push(host);
    expect((await router.handle(IN_PROCESS_SENDER, 'workspace.create', { file: good, sample: false })).ok).toBe(true);
    const refused = await router.handle(IN_PROCESS_SENDER, 'workspace.open', { file: bad });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_A_WORKSPACE' } });
    expect(await router.handle(IN_PROCESS_SENDER, 'workspace.info', undefined)).toMatchObject({ ok: true, value: { file: good } });
  });

  test('a file that does not exist is refused with IO, and is not created', async () => {
    const file = join(temp(), 'missing.clusterdesk');
    const { result } = await openThroughRouter(file);
    expect(result).toMatchObject({ ok: false, error: { code: 'IO' } });
    expect(existsSync(file)).toBe(false);
  });
});

describe('creating a workspace', () => {
  test('over an existing file is refused as FILE_EXISTS and the file is left as it was', async () => {
    const file = join(temp(), 'existing.clusterdesk');
    writeFileSync(file, 'precious notes');
    const { router, host } = inProcessRouter();
    hosts.push(host);
    const result = await router.handle(IN_PROCESS_SENDER, 'workspace.create', { file, sample: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS' } });
    expect((result as { ok: false; error: AppErrorShape }).error.message).toContain('existing.clusterdesk');
    expect(readFileSync(file, 'utf8')).toBe('precious notes');
  });

  test('over an existing workspace is refused and its rows are kept', async () => {
    const file = await workspaceWithRows(temp());
    const hash = sha256(file);
    expect(() => createWorkspaceFile(file)).toThrow(expect.objectContaining({ code: 'FILE_EXISTS' }));
    expect(sha256(file)).toBe(hash);
  });

  test('a create that fails while filling leaves no file behind', () => {
    const dir = temp();
    const file = join(dir, 'half.clusterdesk');
    expect(() =>
      createWorkspaceFile(file, () => {
        throw new Error('disk full while writing the sample');
      }),
    ).toThrow(expect.objectContaining({ code: 'IO', message: expect.stringContaining('half.clusterdesk') }));
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a create in a folder that does not exist fails with IO and creates nothing', async () => {
    const dir = temp();
    const file = join(dir, 'no-such-folder', 'new.clusterdesk');
    const { router, host } = inProcessRouter();
    hosts.push(host);
    const result = await router.handle(IN_PROCESS_SENDER, 'workspace.create', { file, sample: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'IO' } });
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a leftover from a create that crashed earlier does not end up in the new workspace', () => {
    const dir = temp();
    const file = join(dir, 'fresh.clusterdesk');
    // A half-made workspace under the temporary name a crashed create of the same file would leave.
    const leftover = createWorkspaceFile(join(dir, 'crashed.clusterdesk'));
    leftover.prepare("INSERT INTO sources (title, created_at, updated_at) VALUES ('stale', 'x', 'x')").run();
    leftover.close();
    writeFileSync(`${file}.creating-${process.pid}`, readFileSync(join(dir, 'crashed.clusterdesk')));
    const db = createWorkspaceFile(file);
    try {
      expect(db.prepare('SELECT count(*) AS n FROM sources').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
    expect(readdirSync(dir).sort()).toEqual(['crashed.clusterdesk', 'fresh.clusterdesk']);
  });
});
