import { importFields, labelField, type ImportTable } from './fields';
import { normalizeName } from './normalize';
import type { Column, Pass, RowIssues } from './plan-pass';
import type { ImportRequest, PlannedRow } from './plan-types';
import { problemOf } from './problems';
import type { ReportIssue } from './report';

/** The column named in matching issues: the ID column, or the name (title, metric). */
export const matchColumn = (pass: Pass) => pass.columnOf(pass.request.matchBy === 'id' ? 'id' : (labelField[pass.table] ?? 'metric'));

/** Finds the existing record a row refers to; an ambiguous name is an issue, not a guess. */
export function findExisting(pass: Pass, values: Record<string, unknown>, id: number | null, issues: RowIssues): Record<string, unknown> | undefined {
  const { table, lookup } = pass;
  if (pass.request.matchBy === 'id') return id === null ? undefined : lookup.record(table, id);
  let ids: readonly number[];
  let shown: unknown;
  if (table === 'indicators') {
    if (typeof values.metric !== 'string' || typeof values.year !== 'number' || typeof values.subjectType !== 'string') return undefined;
    shown = values.metric;
    ids = lookup.indicatorIds({
      subjectType: values.subjectType,
      subjectId: (values.subjectId as number | null) ?? null,
      country: (values.country as string | null) ?? null,
      metric: values.metric,
      year: values.year,
      observedOn: (values.observedOn as string | null) ?? null,
    });
  } else {
    shown = values[labelField[table]!];
    if (typeof shown !== 'string') return undefined;
    ids = lookup.idsByName(table, shown);
  }
  if (ids.length > 1) {
    issues.add(matchColumn(pass), shown, problemOf('match.severalExisting', `matches ${ids.length} existing ${table}; match by ID instead, or give them distinct names`, { count: ids.length, table }));
    return undefined;
  }
  return ids.length ? lookup.record(table, ids[0]) : undefined;
}

/** Two rows must not change the same record, and names must be unique when they identify rows. */
export function noteDuplicates(pass: Pass, action: PlannedRow['action'], existing: Record<string, unknown> | undefined, values: Record<string, unknown>, issues: RowIssues, row: number): void {
  if (existing && action !== 'insert') {
    const earlier = pass.rowsByRecord.get(existing.id as number);
    if (earlier !== undefined) issues.add(matchColumn(pass), '', problemOf('match.sameRecord', `matches the same record as row ${earlier}; keep one of the two rows`, { row: earlier }));
    else pass.rowsByRecord.set(existing.id as number, row);
  }
  const label = labelField[pass.table];
  const namesIdentifyRows = pass.request.matchBy === 'name' && pass.request.onMatch !== 'insert';
  if (action !== 'insert' || !namesIdentifyRows || !label || typeof values[label] !== 'string') return;
  const key = normalizeName(values[label] as string);
  const earlier = pass.insertedNames.get(key);
  if (earlier !== undefined) {
    issues.add(pass.columnOf(label), values[label], problemOf('match.duplicateName', `is also the name on row ${earlier}; names must be unique in the file when rows are matched by name`, { row: earlier }));
  }
  else pass.insertedNames.set(key, row);
}

/** Matching needs its column: the ID column to match by ID, the name to match by name. */
export function matchSetupIssue(table: ImportTable, request: ImportRequest, columns: Column[]): ReportIssue | null {
  if (request.onMatch === 'insert') return null;
  const needed = request.matchBy === 'id' ? ['id'] : table === 'indicators' ? ['subjectType', 'metric', 'year'] : [labelField[table]!];
  const missing = needed.filter((k) => !columns.some((c) => c.field.key === k));
  if (!missing.length) return null;
  const labels = missing.map((k) => importFields[table].find((x) => x.key === k)!.label).join(', ');
  return { row: null, column: labels, value: '', code: 'match.columnNeeded', problem: 'is needed to match rows to existing records; map a column to it, or choose to add every row as new.', severity: 'error' };
}
