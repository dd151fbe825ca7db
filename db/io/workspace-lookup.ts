import type { Statement } from '../store/driver';
import type { Workspace } from '../store/workspace';
import type { ImportTable } from './fields';
import { indicatorKeyText, type IndicatorKey, type Lookup, type NamedTable } from './lookup';
import { normalizeName } from './normalize';

const LABEL: Record<NamedTable, string> = {
  clusters: 'name',
  projects: 'name',
  partners: 'name',
  initiatives: 'name',
  agreements: 'title',
  sources: 'title',
};

const INDICATOR_COLUMNS = `id, subject_type AS subjectType, subject_id AS subjectId, country, metric, year,
  observed_on AS observedOn, value, unit, source_id AS sourceId, version, created_at AS createdAt, updated_at AS updatedAt`;

/**
 * Lookups over an open workspace. Names are indexed once per table on first use (one query instead
 * of one per row), so validating 100,000 rows stays fast; the index lives as long as one import.
 */
export function workspaceLookup(ws: Workspace): Lookup {
  const names = new Map<NamedTable, Map<string, number[]>>();
  let indicatorKeys: Map<string, number[]> | null = null;
  let indicatorById: Statement | null = null;

  const nameIndex = (table: NamedTable) => {
    let index = names.get(table);
    if (!index) {
      index = new Map();
      for (const { id, label } of ws.db.prepare(`SELECT id, ${LABEL[table]} AS label FROM ${table}`).all() as { id: number; label: string }[]) {
        const key = normalizeName(label);
        const ids = index.get(key);
        if (ids) ids.push(id);
        else index.set(key, [id]);
      }
      names.set(table, index);
    }
    return index;
  };

  return {
    idsByName: (table, name) => nameIndex(table).get(normalizeName(name)) ?? [],
    record(table: ImportTable, id: number) {
      if (table !== 'indicators') return ws.repos[table].get(id) as Record<string, unknown> | undefined;
      indicatorById ??= ws.db.prepare(`SELECT ${INDICATOR_COLUMNS} FROM indicator_observations WHERE id = ?`);
      return indicatorById.get(id) as Record<string, unknown> | undefined;
    },
    indicatorIds(key: IndicatorKey) {
      if (!indicatorKeys) {
        indicatorKeys = new Map();
        for (const row of ws.db.prepare(`SELECT ${INDICATOR_COLUMNS} FROM indicator_observations`).all() as (IndicatorKey & { id: number })[]) {
          const k = indicatorKeyText(row);
          const ids = indicatorKeys.get(k);
          if (ids) ids.push(row.id);
          else indicatorKeys.set(k, [row.id]);
        }
      }
      return indicatorKeys.get(indicatorKeyText(key)) ?? [];
    },
  };
}
