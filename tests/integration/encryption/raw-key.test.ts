import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { clusterInput } from '../../support/records';
import { fingerprint, PASSPHRASE, useSessions, workspaceIn } from './support';

const { folder, start } = useSessions();
const hex = (bytes: Buffer) => bytes.toString('hex');

/** A raw key and salt, as the shell makes them for a workspace whose key the operating system keeps. */
const rawKey = () => ({ key: randomBytes(32), salt: randomBytes(16) });

describe('a workspace encrypted with a raw key (the key the operating system keeps)', () => {
  test('is created with the key, carries its salt as its first 16 bytes, reopens with it and refuses another key', async () => {
    const file = workspaceIn(folder());
    const { key, salt } = rawKey();
    const first = start();
    expect(first.host.createWithKey(file, false, { key, salt }).info()).toMatchObject({ file, encrypted: true });
    await first.value('clusters.create', clusterInput({ name: 'RAW-KEY-MARKER' }));
    first.host.close();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 16).equals(salt)).toBe(true);
    expect(bytes.includes('RAW-KEY-MARKER')).toBe(false);

    const second = start();
    const before = fingerprint(file);
    expect(() => second.host.openWithKey(file, randomBytes(32))).toThrow(expect.objectContaining({ code: 'WRONG_KEY' }));
    expect(() => second.host.open(file, PASSPHRASE)).toThrow(expect.objectContaining({ code: 'WRONG_KEY' }));
    expect(fingerprint(file)).toEqual(before);
    expect(second.host.openWithKey(file, key).info()).toMatchObject({ encrypted: true, counts: { clusters: 1 } });
    expect((await second.value('clusters.list', {})).rows.map((r) => r.name)).toEqual(['RAW-KEY-MARKER']);
  });

  test('a plain workspace is encrypted in place with a raw key, and locks and reopens with it', async () => {
    const file = workspaceIn(folder());
    const { key, salt } = rawKey();
    const s = start();
    await s.value('workspace.create', { file, sample: false });
    await s.value('clusters.create', clusterInput({ name: 'PLAIN-BEFORE' }));
    const { ws, plainCopy } = s.host.encryptWithKey({ key, salt }, false);
    expect([ws.info().encrypted, plainCopy]).toEqual([true, null]);
    expect(readFileSync(file).includes('PLAIN-BEFORE')).toBe(false);
    expect(await s.value('workspace.lock', {})).toEqual({ file });
    expect(await s.error('clusters.list', {})).toMatchObject({ code: 'LOCKED', details: { file } });
    expect(s.host.openWithKey(file, key).info().counts.clusters).toBe(1);
  });

  test("the router refuses the raw-key methods from the window, even with valid input, and checks their input like any other's", async () => {
    const file = workspaceIn(folder());
    const { key, salt } = rawKey();
    const s = start();
    expect(await s.error('workspace.withKey.create', { file, sample: false, key: hex(key), salt: hex(salt) })).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('workspace.withKey.create is for ClusterDesk itself'),
    });
    expect(await s.error('workspace.withKey.open', { file, key: 'not hex' })).toMatchObject({ code: 'VALIDATION' });
    expect(await s.error('workspace.withKey.encrypt', { key: hex(key), salt: hex(salt), keepPlainCopy: false })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await s.error('workspace.info', {})).toMatchObject({ code: 'NO_WORKSPACE' });
  });

  test('File ▸ Open of an encrypted file while another is open: the file takes its place and waits for its passphrase', async () => {
    const dir = folder();
    const secret = workspaceIn(dir);
    const s = start();
    await s.value('workspace.create', { file: secret, sample: false, passphrase: PASSPHRASE });
    const plain = `${dir}/plain.clusterdesk`;
    await s.value('workspace.create', { file: plain, sample: false });
    expect(await s.error('workspace.open', { file: secret })).toMatchObject({ code: 'LOCKED' });
    expect(await s.error('workspace.lock', { file: plain })).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('is not encrypted') });
    expect((await s.value('workspace.info', {})).file).toBe(plain);
    expect(await s.value('workspace.lock', { file: secret })).toEqual({ file: secret });
    expect(await s.error('workspace.info', {})).toMatchObject({ code: 'LOCKED', details: { file: secret } });
    expect(await s.value('workspace.unlock', { passphrase: PASSPHRASE })).toMatchObject({ file: secret, encrypted: true });
  });

  test('restoring a backup of an encrypted workspace leaves it open with its key, with either kind of key', async () => {
    for (const kind of ['raw key', 'passphrase'] as const) {
      const dir = folder();
      const file = workspaceIn(dir);
      const s = start();
      if (kind === 'raw key') s.host.createWithKey(file, false, rawKey());
      else await s.value('workspace.create', { file, sample: false, passphrase: PASSPHRASE });
      const before = await s.value('clusters.create', clusterInput({ name: 'AS-BACKED-UP' }));
      const backup = await s.value('backups.now', { folder: `${dir}/backups` });
      await s.value('clusters.update', { id: before.id, version: before.version, values: { name: 'CHANGED-AFTER' } });

      await s.value('backups.restore', { file: backup.file });
      expect(await s.value('workspace.info', {}), kind).toMatchObject({ file, encrypted: true });
      expect((await s.value('clusters.list', {})).rows.map((r) => r.name), kind).toEqual(['AS-BACKED-UP']);
    }
  });
});
