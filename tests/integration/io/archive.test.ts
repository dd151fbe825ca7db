import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportArchive, importArchive, importArchiveFile } from '../../../db/io';
import { archiveRowSchemas, archiveTables } from '../../../db/io/archive-schema';
import { columnsOf } from '../../../db/io/archive-rows';
import { fillEveryTable } from './fill';
import { refusal, useIoWorkspace } from './support';

const workspace = useIoWorkspace();

const edited = (archive: Buffer, edit: (a: { schemaVersion: number; tables: Record<string, Record<string, unknown>[]> }) => void) => {
  const a = JSON.parse(archive.toString('utf8'));
  edit(a);
  return Buffer.from(JSON.stringify(a));
};

describe('JSON archive', () => {
  test('its schemas name exactly the columns of the SQL tables', () => {
    const io = workspace();
    for (const table of archiveTables) {
      expect(Object.keys(archiveRowSchemas[table].shape).sort(), table).toEqual(columnsOf(io.ws.db, table).map((c) => c.key).sort());
    }
  });

  test('imports only into an empty workspace', async () => {
    const source = workspace();
    fillEveryTable(source.ws);
    const target = workspace();
    target.ws.write('seed', () => target.ws.repos.sources.create({ title: 'Existing' }));
    const before = target.snapshot();
    const err = await refusal(() => importArchive(target.ws, exportArchive(source.ws), 'a.json'));
    expect(err.details.reason).toBe('not-empty');
    expect(err.message).toMatch(/^"a.json" can only be imported into an empty workspace.*Create a new workspace/);
    expect(target.snapshot()).toEqual(before);
  });

  test.each([
    ['a reference to a missing record', (a: { tables: Record<string, Record<string, unknown>[]> }) => (a.tables.projects[0].clusterId = 999), /refers to records it does not contain \(projects 1\)/],
    ['a source link to a missing record', (a: { tables: Record<string, Record<string, unknown>[]> }) => (a.tables.source_links[0].entityId = 999), /\(source_links 1\)/],
    ['a column this version does not know', (a: { tables: Record<string, Record<string, unknown>[]> }) => (a.tables.clusters[0].secret = 1), /at tables.clusters.0: Unrecognized key: "secret"/],
    ['a value the schema refuses', (a: { tables: Record<string, Record<string, unknown>[]> }) => (a.tables.projects[0].stage = 'dreaming'), /at tables.projects.0.stage/],
  ])('an archive with %s is refused and nothing is written', async (_, edit, message) => {
    const source = workspace();
    fillEveryTable(source.ws);
    const target = workspace();
    const before = target.snapshot();
    const err = await refusal(() => importArchive(target.ws, edited(exportArchive(source.ws), edit), 'a.json'));
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(message);
    expect(target.snapshot()).toEqual(before);
  });

  test('an archive from a newer version asks for an update', async () => {
    const source = workspace();
    const err = await refusal(() => importArchive(workspace().ws, edited(exportArchive(source.ws), (a) => (a.schemaVersion = 99)), 'new.json'));
    expect(err.code).toBe('NEWER_VERSION');
    expect(err.message).toMatch(/update ClusterDesk/);
  });

  test('something that is not an archive is refused', async () => {
    const io = workspace();
    expect((await refusal(() => importArchive(io.ws, Buffer.from('[1,2]'), 'x.json'))).details.reason).toBe('not-an-archive');
    expect((await refusal(() => importArchive(io.ws, Buffer.alloc(0), 'x.json'))).details.reason).toBe('empty');
  });

  test('an archive file is read from disk, and one over 100 MB is refused before it is read', async () => {
    const source = workspace();
    fillEveryTable(source.ws);
    const target = workspace();
    const path = join(target.dir, 'workspace.json');
    writeFileSync(path, exportArchive(source.ws));
    expect((await importArchiveFile(target.ws, path)).rows).toBeGreaterThan(20);
    const big = join(target.dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, 100 * 1024 * 1024 + 1);
    const err = await refusal(() => importArchiveFile(workspace().ws, big));
    expect(err.details.reason).toBe('too-large');
    expect(err.message).toMatch(/^"big.json" is too large to import \(100.0 MB; the limit is 100 MB\)/);
  });
});
