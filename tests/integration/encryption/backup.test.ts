import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { backupNow } from '../../../db/io/backup';
import { checkDatabaseCopy } from '../../../db/io/check-database';
import { restoreBackup } from '../../../db/io/restore';
import { keyForFile } from '../../../db/store/encryption/passphrase-key';
import { clusterInput } from '../../support/records';
import { fingerprint, PASSPHRASE, useSessions, workspaceIn } from './support';

const { folder, start } = useSessions();

describe('backups of an encrypted workspace', () => {
  test('are encrypted with the same key, and restore with that key only', async () => {
    const dir = folder();
    const file = workspaceIn(dir);
    const s = start();
    await s.value('workspace.create', { file, sample: false, passphrase: PASSPHRASE });
    await s.value('clusters.create', clusterInput({ name: 'Before the backup' }));
    const key = s.host.ws.key!;
    const backup = backupNow(s.host.ws.db, { folder: join(dir, 'backups'), workspaceFile: file, key });
    expect(readFileSync(backup.file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    // The backup carries the workspace's salt, so the passphrase alone opens it.
    expect(keyForFile(backup.file, PASSPHRASE).key.equals(key)).toBe(true);
    await s.value('clusters.create', clusterInput({ name: 'After the backup' }));

    const before = fingerprint(backup.file);
    const close = () => s.host.close();
    expect(() => restoreBackup({ backupFile: backup.file, workspaceFile: file, closeWorkspace: close })).toThrow(/is encrypted/);
    expect(() => restoreBackup({ backupFile: backup.file, workspaceFile: file, closeWorkspace: close, key: keyForFile(backup.file, 'wrong passphrase').key })).toThrow(
      expect.objectContaining({ code: 'WRONG_KEY' }),
    );
    expect(fingerprint(backup.file)).toEqual(before);
    expect(s.host.isOpen).toBe(true);

    const restored = restoreBackup({ backupFile: backup.file, workspaceFile: file, closeWorkspace: close, key });
    expect(restored.schemaVersion).toBeGreaterThan(0);
    expect(checkDatabaseCopy(restored.asideFile, 'aside', key).schemaVersion).toBe(restored.schemaVersion);
    const again = start();
    await again.value('workspace.open', { file, passphrase: PASSPHRASE });
    expect((await again.value('clusters.list', {})).rows.map((r) => r.name)).toEqual(['Before the backup']);
  });

  test('a backup made before the passphrase changed is named as such when checked with the new key', async () => {
    const dir = folder();
    const file = workspaceIn(dir);
    const s = start();
    await s.value('workspace.create', { file, sample: false, passphrase: PASSPHRASE });
    const old = backupNow(s.host.ws.db, { folder: join(dir, 'backups'), workspaceFile: file, key: s.host.ws.key! });
    await s.value('workspace.changePassphrase', { current: PASSPHRASE, next: 'the new passphrase' });
    expect(() => checkDatabaseCopy(old.file, 'old backup', s.host.ws.key!)).toThrow(/encrypted with another passphrase/);
    expect(checkDatabaseCopy(old.file, 'old backup', keyForFile(old.file, PASSPHRASE).key).schemaVersion).toBeGreaterThan(0);
  });
});
