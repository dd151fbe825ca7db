import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ChangedTable } from '../contract/events';
import { AppError } from '../contract/result';
import { latestSchemaVersion } from '../migrations';
import { ChangeLog } from '../store/change-log';
import type { Workspace } from '../store/workspace';
import { Archive, archiveTables, jsonColumns, type ArchiveTable } from './archive-schema';
import { columnsOf, dataRowCount } from './archive-rows';
import { limits } from './limits';
import { refuse, tooLarge } from './refuse';
import { parseJsonSafely } from './safe-json';

/** Tables that 'data.changed' knows under the name of the table they belong to. */
const EVENT_TABLE: Partial<Record<ArchiveTable, ChangedTable>> = {
  meta: 'workspace',
  scenario_overrides: 'scenarios',
  briefing_exports: 'briefings',
};

/** Polymorphic references SQLite cannot check with a foreign key: a source link's record, an indicator's subject. */
const ORPHANS = `
  SELECT 'source_links' AS tbl, id FROM source_links l WHERE NOT EXISTS (
    SELECT 1 FROM initiatives WHERE l.entity_type = 'initiative' AND id = l.entity_id UNION ALL
    SELECT 1 FROM clusters WHERE l.entity_type = 'cluster' AND id = l.entity_id UNION ALL
    SELECT 1 FROM projects WHERE l.entity_type = 'project' AND id = l.entity_id UNION ALL
    SELECT 1 FROM partners WHERE l.entity_type = 'partner' AND id = l.entity_id UNION ALL
    SELECT 1 FROM agreements WHERE l.entity_type = 'agreement' AND id = l.entity_id UNION ALL
    SELECT 1 FROM indicator_observations WHERE l.entity_type = 'indicator' AND id = l.entity_id UNION ALL
    SELECT 1 FROM targets WHERE l.entity_type = 'target' AND id = l.entity_id)
  UNION ALL
  SELECT 'indicator_observations', id FROM indicator_observations i WHERE i.subject_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM initiatives WHERE i.subject_type = 'initiative' AND id = i.subject_id UNION ALL
    SELECT 1 FROM clusters WHERE i.subject_type = 'cluster' AND id = i.subject_id UNION ALL
    SELECT 1 FROM projects WHERE i.subject_type = 'project' AND id = i.subject_id)
  LIMIT 5`;

/** Parses and validates an archive; nothing is written. */
export function parseArchive(bytes: Uint8Array, fileName: string): Archive {
  if (bytes.length > limits.maxArchiveBytes) throw tooLarge(fileName, bytes.length, limits.maxArchiveBytes);
  if (bytes.length === 0) throw refuse(fileName, 'empty', 'is empty: there is nothing to import. Choose a .json archive exported by ClusterDesk.');
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  const parsed = Archive.safeParse(parseJsonSafely(text, fileName));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw refuse(fileName, 'not-an-archive', `is not a ClusterDesk archive this version can read (at ${first.path.join('.') || 'the top'}: ${first.message}). Choose a .json archive exported by ClusterDesk.`, {
      issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  if (parsed.data.schemaVersion > latestSchemaVersion) {
    throw new AppError('NEWER_VERSION', `"${fileName}" was exported by a newer version of ClusterDesk (schema ${parsed.data.schemaVersion}); update ClusterDesk to import it.`, {
      file: fileName,
      schemaVersion: parsed.data.schemaVersion,
    });
  }
  return parsed.data;
}

/** Refuses an archive whose rows break a foreign key or point at records it does not hold. */
function checkReferences(ws: Workspace, fileName: string): void {
  const broken = [
    ...(ws.db.pragma('foreign_key_check') as { table: string; rowid: number }[]).slice(0, 5).map((r) => `${r.table} ${r.rowid}`),
    ...(ws.db.prepare(ORPHANS).all() as { tbl: string; id: number }[]).map((r) => `${r.tbl} ${r.id}`),
  ];
  if (broken.length) {
    throw refuse(fileName, 'not-an-archive', `refers to records it does not contain (${broken.join(', ')}). The archive is incomplete or was edited; nothing was imported.`, { broken });
  }
}

/**
 * Restores an archive into an empty workspace, keeping every id so that relations hold, in one
 * transaction with its change-log rows. A workspace with data is refused: merging would renumber.
 */
export function importArchive(ws: Workspace, bytes: Uint8Array, fileName: string): { rows: number; tables: ChangedTable[] } {
  const archive = parseArchive(bytes, fileName);
  if (dataRowCount(ws.db) > 0) {
    throw refuse(fileName, 'not-empty', 'can only be imported into an empty workspace, and this one has data. Create a new workspace (File > New) and import the archive there.');
  }
  const log = new ChangeLog(ws.db);
  log.begin('io.importArchive', ws.now());
  let rows = 0;
  ws.write('io.importArchive', () => {
    ws.db.pragma('defer_foreign_keys = ON');
    for (const table of archiveTables) {
      const columns = columnsOf(ws.db, table);
      const json = new Set(jsonColumns[table] ?? []);
      const verb = table === 'meta' ? 'INSERT OR REPLACE' : 'INSERT';
      const insert = ws.db.prepare(`${verb} INTO ${table} (${columns.map((c) => c.column).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      for (const row of archive.tables[table] as Record<string, unknown>[]) {
        const values = columns.map((c) => (json.has(c.key) ? JSON.stringify(row[c.key]) : (row[c.key] ?? null)));
        const rowId = Number(insert.run(...values).lastInsertRowid);
        rows++;
        // The change log names tables as SQL does, so that undo deletes the right rows.
        log.record(table as ChangedTable, rowId, 'insert', null, row);
      }
    }
    checkReferences(ws, fileName);
  });
  return { rows, tables: [...new Set([...log.touched].map((t) => EVENT_TABLE[t as ArchiveTable] ?? t))] };
}

/** Reads an archive from disk, refusing one over the size cap before reading it. */
export async function importArchiveFile(ws: Workspace, path: string): Promise<{ rows: number; tables: ChangedTable[] }> {
  const { size } = await stat(path);
  if (size > limits.maxArchiveBytes) throw tooLarge(basename(path), size, limits.maxArchiveBytes);
  return importArchive(ws, await readFile(path), basename(path));
}
