import { z } from 'zod';
import { entityFields, IndicatorInput } from '../schema';
import type { ConvertContext } from './convert';
import type { ImportField, ImportTable, RefTable } from './fields';
import type { Lookup } from './lookup';
import type { ImportRequest, UnresolvedNames } from './plan-types';
import type { Deferred } from './within-file';
import type { Problem } from './problems';
import { cellText, type ReportIssue } from './report';

/** Nouns for messages: "is required for a new project", "matches no cluster". */
export const SINGULAR: Record<ImportTable, string> = {
  clusters: 'cluster',
  projects: 'project',
  partners: 'partner',
  agreements: 'agreement',
  sources: 'source',
  indicators: 'indicator observation',
};
export const REF_NOUN: Record<RefTable, string> = { clusters: 'cluster', projects: 'project', partners: 'partner', sources: 'source', initiatives: 'initiative' };

/** Where an indicator's subject is looked up, by its subject type; a country has no record. */
export const SUBJECT_TABLE: Record<string, RefTable | undefined> = { initiative: 'initiatives', cluster: 'clusters', project: 'projects' };

/** The fields a record of each table stores, from the same schemas the store writes with. */
export const storedFields: Record<ImportTable, string[]> = {
  ...(Object.fromEntries(Object.entries(entityFields).map(([t, s]) => [t, Object.keys(s.shape)])) as Record<keyof typeof entityFields, string[]>),
  indicators: Object.keys(IndicatorInput.shape),
};

/** Each stored field's zod schema, from the same source as checkField's (field-rules.ts). */
const fieldSchemas: Record<ImportTable, Record<string, z.ZodType>> = {
  ...(Object.fromEntries(Object.entries(entityFields).map(([t, s]) => [t, s.shape])) as unknown as Record<keyof typeof entityFields, Record<string, z.ZodType>>),
  indicators: IndicatorInput.shape,
};

/**
 * The schemas of the stored fields a mapping fills, as one object, prepared once per import. It
 * applies to a row the same field schemas as `checkField`, in one call instead of one per field,
 * which saves about a third of the checking time on 100,000 rows. It lets blank optional fields
 * pass (checkField skips blanks); a row it refuses is checked again field by field, so that the
 * report says what checkField says. Not strict: fields without a schema are left as they are.
 */
export function rowSchema(table: ImportTable, stored: string[]) {
  return z.object(Object.fromEntries(stored.filter((f) => fieldSchemas[table][f]).map((f) => [f, fieldSchemas[table][f]])));
}

/** Shared by every clean row, so that 100,000 clean rows do not hold 100,000 empty arrays. */
export const NO_ISSUES: ReportIssue[] = [];
/** The unresolved-names list shows where a name is used, up to this many rows. */
export const MAX_ROWS_PER_NAME = 100;

/** A column of the file mapped to a field. */
export interface Column {
  index: number;
  header: string;
  field: ImportField;
}

/** Everything one planning pass shares between rows. */
export interface Pass {
  table: ImportTable;
  request: ImportRequest;
  lookup: Lookup;
  columns: Column[];
  ctx: ConvertContext;
  columnOf: (stored: string) => string;
  deferred: Deferred[];
  unresolved: Map<string, UnresolvedNames>;
  rowsByRecord: Map<number, number>;
  insertedNames: Map<string, number>;
  /** A new record with every field unknown, copied for each inserted row. */
  blank: Record<string, unknown>;
  rowSchema: ReturnType<typeof rowSchema>;
}

/** Collects the issues of one row. */
export class RowIssues {
  readonly list: ReportIssue[] = [];
  constructor(private readonly row: number) {}
  add(column: string, value: unknown, { code, params, problem }: Problem, severity: ReportIssue['severity'] = 'error'): void {
    this.list.push({ row: this.row, column, value: cellText(value), code, ...(params && { params }), problem, severity });
  }
  has(column: string): boolean {
    return this.list.some((x) => x.column === column);
  }
}
