import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { clusterInput } from '../../support/records';
import { fingerprint, PASSPHRASE, useSessions, workspaceIn } from './support';

const { folder, start } = useSessions();

describe('an encrypted workspace', () => {
  test('is created with a passphrase, shows no SQLite header, and reopens with the passphrase only', async () => {
    const file = workspaceIn(folder());
    const first = start();
    const created = await first.value('workspace.create', { file, sample: false, passphrase: PASSPHRASE });
    expect(created.encrypted).toBe(true);
    await first.value('clusters.create', clusterInput({ name: 'Encrypted cluster' }));
    first.host.close();
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');

    const second = start();
    const before = fingerprint(file);
    expect(await second.error('workspace.open', { file })).toMatchObject({ code: 'LOCKED', message: expect.stringContaining('is encrypted') });
    expect(await second.error('workspace.open', { file, passphrase: 'not the passphrase' })).toMatchObject({
      code: 'WRONG_KEY',
      message: expect.stringContaining('The passphrase does not open "secret.clusterdesk"'),
    });
    expect(fingerprint(file)).toEqual(before);

    const opened = await second.value('workspace.open', { file, passphrase: PASSPHRASE });
    expect(opened).toMatchObject({ encrypted: true, counts: { clusters: 1 } });
    expect((await second.value('clusters.list', {})).rows.map((r) => r.name)).toEqual(['Encrypted cluster']);
  });

  test('a workspace opened at start without its passphrase is locked, and unlocks with it', async () => {
    const file = workspaceIn(folder());
    const first = start();
    await first.value('workspace.create', { file, sample: true, passphrase: PASSPHRASE });
    first.host.close();

    const second = start();
    expect(() => second.host.open(file)).toThrow(/is encrypted/);
    expect(await second.error('workspace.info', {})).toMatchObject({ code: 'LOCKED', details: { file } });
    expect(await second.error('workspace.unlock', { passphrase: 'wrong passphrase' })).toMatchObject({ code: 'WRONG_KEY' });
    expect(await second.value('workspace.unlock', { passphrase: PASSPHRASE })).toMatchObject({ file, encrypted: true });
  });

  test('lock closes the connection: nothing is read until the passphrase is entered again', async () => {
    const file = workspaceIn(folder());
    const s = start();
    await s.value('workspace.create', { file, sample: false, passphrase: PASSPHRASE });
    expect(await s.value('workspace.lock', {})).toEqual({ file });
    expect(await s.error('clusters.list', {})).toMatchObject({ code: 'LOCKED' });
    expect(await s.error('workspace.unlock', { passphrase: 'wrong passphrase' })).toMatchObject({ code: 'WRONG_KEY' });
    await s.value('workspace.unlock', { passphrase: PASSPHRASE });
    expect((await s.value('clusters.list', {})).rows).toEqual([]);
  });

  test('a plain workspace cannot be locked, and a short passphrase is refused', async () => {
    const file = workspaceIn(folder());
    const s = start();
    await s.value('workspace.create', { file, sample: false });
    expect(await s.error('workspace.lock', {})).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('is not encrypted') });
    const other = workspaceIn(folder());
    expect(await s.error('workspace.create', { file: other, sample: false, passphrase: 'short' })).toMatchObject({ code: 'VALIDATION' });
    expect(existsSync(other)).toBe(false);
  });

  test('changing the passphrase needs the current one; afterwards only the new one opens the file', async () => {
    const file = workspaceIn(folder());
    const s = start();
    await s.value('workspace.create', { file, sample: false, passphrase: PASSPHRASE });
    await s.value('clusters.create', clusterInput());
    expect(await s.error('workspace.changePassphrase', { current: 'wrong passphrase', next: 'a new passphrase' })).toMatchObject({ code: 'WRONG_KEY' });
    await s.value('workspace.changePassphrase', { current: PASSPHRASE, next: 'a new passphrase' });
    await s.value('clusters.create', clusterInput({ name: 'After the change' }));
    s.host.close();

    const again = start();
    expect(await again.error('workspace.open', { file, passphrase: PASSPHRASE })).toMatchObject({ code: 'WRONG_KEY' });
    expect(await again.value('workspace.open', { file, passphrase: 'a new passphrase' })).toMatchObject({ counts: { clusters: 2 } });
  });

  test('an existing workspace is encrypted in place; the plain file does not remain unless asked', async () => {
    const dir = folder();
    const file = workspaceIn(dir);
    const s = start();
    await s.value('workspace.create', { file, sample: false });
    await s.value('clusters.create', clusterInput({ name: 'PLAINTEXT-MARKER-7Q' }));
    const { info, plainCopy } = await s.value('workspace.encrypt', { passphrase: PASSPHRASE, keepPlainCopy: false });
    expect(info).toMatchObject({ encrypted: true, counts: { clusters: 1 } });
    expect(plainCopy).toBeNull();
    expect(readFileSync(file).includes('PLAINTEXT-MARKER-7Q')).toBe(false);
    expect(await s.error('workspace.encrypt', { passphrase: PASSPHRASE })).toMatchObject({ code: 'VALIDATION' });
    s.host.close();

    const again = start();
    expect((await again.value('workspace.open', { file, passphrase: PASSPHRASE })).counts.clusters).toBe(1);

    const kept = workspaceIn(folder());
    await again.value('workspace.create', { file: kept, sample: false });
    const result = await again.value('workspace.encrypt', { passphrase: PASSPHRASE, keepPlainCopy: true });
    expect(result.plainCopy).toMatch(/secret\.plain\.clusterdesk$/);
    expect(readFileSync(result.plainCopy!).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });
});
