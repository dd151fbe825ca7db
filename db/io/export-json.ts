import { latestSchemaVersion } from '../migrations';
import type { Workspace } from '../store/workspace';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, archiveTables, type Archive } from './archive-schema';
import { readArchiveRows } from './archive-rows';

/**
 * The whole workspace as a JSON archive: every data table with ids, so that relations survive,
 * read in one transaction so that the archive is a consistent snapshot.
 */
export function exportArchive(ws: Workspace): Buffer {
  const tables = ws.db.transaction(() => Object.fromEntries(archiveTables.map((t) => [t, readArchiveRows(ws.db, t)])))();
  const archive = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    schemaVersion: latestSchemaVersion,
    exportedAt: ws.now(),
    tables,
  } as unknown as Archive;
  return Buffer.from(JSON.stringify(archive), 'utf8');
}
