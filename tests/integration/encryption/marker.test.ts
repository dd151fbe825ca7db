import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { backupNow } from '../../../db/io/backup';
import { clusterInput } from '../../support/records';
import { PASSPHRASE, useSessions, workspaceIn } from './support';

const { folder, start } = useSessions();

const MARKER = 'MARKER-ZQX-8812-encrypted-at-rest';
const PROJECT = resolve(import.meta.dirname, '../../..');
/** The marker as SQLite could store it: UTF-8 text, and UTF-16 in either byte order. */
const encodings = [Buffer.from(MARKER, 'utf8'), Buffer.from(MARKER, 'utf16le'), Buffer.from(MARKER, 'utf16le').swap16()];

/** Every regular file under a folder that changed since `since`; folders this process may not read are skipped. */
function filesChangedSince(dir: string, since: number, depth = 4): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    try {
      const st = statSync(path);
      if (st.isDirectory()) return depth > 0 ? filesChangedSince(path, since, depth - 1) : [];
      return st.isFile() && st.mtimeMs >= since && st.size < 256 * 1024 * 1024 ? [path] : [];
    } catch {
      return [];
    }
  });
}

const holdsMarker = (file: string) => {
  try {
    const bytes = readFileSync(file);
    return encodings.some((e) => bytes.includes(e));
  } catch {
    return false;
  }
};

describe('a marker written to an encrypted workspace', () => {
  test('is found in no file: the workspace, its -wal and -shm, its backups, the temporary folder', async () => {
    const since = Date.now() - 1000;
    const dir = folder();
    const file = workspaceIn(dir);
    const s = start();
    await s.value('workspace.create', { file, sample: true, passphrase: PASSPHRASE });
    // Large enough and sorted, so that SQLite would spill to a temporary file if temp_store allowed it.
    for (let i = 0; i < 40; i++) await s.value('clusters.create', clusterInput({ name: `${MARKER} ${i}`, location: MARKER.repeat(5) }));
    expect((await s.value('clusters.list', { search: 'MARKER', sort: { field: 'name', dir: 'desc' } })).rows).toHaveLength(40);
    const backups = join(dir, 'backups');
    const backup = backupNow(s.host.ws.db, { folder: backups, workspaceFile: file, key: s.host.ws.key! });
    expect(backup.file.startsWith(backups)).toBe(true);

    // While the workspace is open: the -wal holds the recent writes.
    const open = [file, `${file}-wal`, `${file}-shm`, backup.file];
    expect(open.filter((f) => holdsMarker(f))).toEqual([]);
    s.host.close();
    // The project itself may sit in the temporary folder (a CI checkout): its sources and caches name the marker.
    const temporary = filesChangedSince(tmpdir(), since).filter((f) => !f.startsWith(`${PROJECT}${sep}`));
    const everything = [...new Set([...readdirSync(dir).map((n) => join(dir, n)), ...temporary])];
    expect(everything).toContain(file);
    expect(everything.filter(holdsMarker)).toEqual([]);

    // And the check finds the marker where it is: the workspace read with its passphrase.
    const again = start();
    await again.value('workspace.open', { file, passphrase: PASSPHRASE });
    expect((await again.value('clusters.list', { search: MARKER })).rows).toHaveLength(40);
  });
});
