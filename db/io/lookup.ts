import { normalizeName } from './normalize';
import type { ImportTable, RefTable } from './fields';

/** The natural key of an indicator observation: what it measures, of what, and when. */
export interface IndicatorKey {
  subjectType: string;
  subjectId: number | null;
  country: string | null;
  metric: string;
  year: number;
  observedOn: string | null;
}

export type NamedTable = RefTable | 'agreements';

/**
 * What validation needs to know about the workspace. Pure code takes this interface; the store
 * side implements it over a Workspace, and tests with plain arrays.
 */
export interface Lookup {
  /** Ids of the records whose name (title for agreements and sources) matches, ignoring case and spacing. */
  idsByName(table: NamedTable, name: string): readonly number[];
  /** A stored record by id, as the repository returns it. */
  record(table: ImportTable, id: number): Record<string, unknown> | undefined;
  /** Ids of the indicator observations with this natural key. */
  indicatorIds(key: IndicatorKey): readonly number[];
}

export const indicatorKeyText = (k: IndicatorKey) =>
  [k.subjectType, k.subjectId ?? '', k.country ?? '', normalizeName(k.metric), k.year, k.observedOn ?? ''].join('\u0001');
