import type { ImportTable, Lookup } from '../../../../db/io';
import { indicatorKeyText } from '../../../../db/io/lookup';
import { normalizeName } from '../../../../db/io/normalize';

type Rows = Record<string, unknown>[];

/** A Lookup over plain arrays, standing in for a workspace in pure tests. */
export function memoryLookup(data: Partial<Record<ImportTable | 'initiatives', Rows>>): Lookup {
  const label = (r: Record<string, unknown>) => String(r.name ?? r.title);
  return {
    idsByName: (table, name) => (data[table] ?? []).filter((r) => normalizeName(label(r)) === normalizeName(name)).map((r) => r.id as number),
    record: (table, id) => (data[table] ?? []).find((r) => r.id === id),
    indicatorIds: (key) =>
      (data.indicators ?? []).filter((r) => indicatorKeyText(r as never) === indicatorKeyText(key)).map((r) => r.id as number),
  };
}
