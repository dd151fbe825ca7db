import type { z } from 'zod';
import { entityFields, IndicatorInput, projectIssues, type FieldIssue, type Project } from '../schema';
import type { ImportTable } from './fields';
import { problemOf, type Problem } from './problems';
import { zodMessage } from './zod-message';

/** The zod schema of each stored field: the same rules the store's methods apply. */
const schemas: Record<ImportTable, Record<string, z.ZodType>> = {
  ...(Object.fromEntries(Object.entries(entityFields).map(([t, s]) => [t, s.shape])) as unknown as Record<keyof typeof entityFields, Record<string, z.ZodType>>),
  indicators: IndicatorInput.shape,
};

export type FieldCheck = { ok: true; value: unknown } | ({ ok: false } & Problem);

/** Checks one stored field's value with its schema; the parsed value may be normalised (trimmed). */
export function checkField(table: ImportTable, stored: string, value: unknown): FieldCheck {
  const schema = schemas[table][stored];
  if (!schema) return { ok: true, value };
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  // The schema's own message stays the English text; the code is the one the grid uses for the same rule.
  const issue = result.error.issues[0];
  const said = zodMessage(issue, value);
  return { ok: false, ...problemOf(`field.${said.code}`, issue.message, said.params) };
}

/** The indicator table's rules across fields, mirroring the CHECK constraint on its subject. */
function indicatorIssues(r: Record<string, unknown>): FieldIssue[] {
  if (r.subjectType === 'country') {
    const issues: FieldIssue[] = [];
    if (r.country == null) issues.push({ field: 'country', message: 'is required when the subject type is country', code: 'countryRequired' });
    if (r.subjectId != null) issues.push({ field: 'subjectId', message: 'must be empty when the subject type is country; the country column names the country', code: 'subjectNotForCountry' });
    return issues;
  }
  return r.subjectId == null && r.subjectType != null
    ? [{ field: 'subjectId', message: `must name the ${String(r.subjectType)} this value is about`, code: 'subjectRequired', params: { type: String(r.subjectType) } }]
    : [];
}

/** Rules across several fields of a whole record, as it will be stored. */
export function recordIssues(table: ImportTable, record: Record<string, unknown>): FieldIssue[] {
  if (table === 'projects') return projectIssues(record as unknown as Project);
  if (table === 'indicators') return indicatorIssues(record);
  return [];
}
