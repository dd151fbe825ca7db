import { checkpoint, type LongRunning } from './cancel';
import { convertCell } from './convert';
import { checkField, recordIssues } from './field-rules';
import { importFields, labelField, type ImportTable } from './fields';
import { limits } from './limits';
import type { Lookup } from './lookup';
import { checkMapping } from './mapping';
import { findExisting, matchColumn, matchSetupIssue, noteDuplicates } from './plan-match';
import { NO_ISSUES, RowIssues, rowSchema, SINGULAR, storedFields, type Column, type Pass } from './plan-pass';
import { addReferenceProblem, noteUnresolved, resolveReferences } from './plan-references';
import type { ImportPlan, ImportRequest, PlannedRow } from './plan-types';
import { resolveWithinFile } from './within-file';
import { problemOf, ruleProblem } from './problems';
import { Report, type ReportIssue } from './report';
import type { Cell, ImportSheet } from './sheet';

export type { ImportPlan, ImportRequest, PlannedRow, UnresolvedNames } from './plan-types';

/**
 * Turns the rows of a sheet into what an import would write: each row converted with its mapping,
 * checked with the entity's own schema and rules, its references resolved by name, and matched to
 * an existing record to insert, update or skip. Reads the workspace only through `lookup`.
 */
export function planImport(sheet: ImportSheet, request: ImportRequest, lookup: Lookup, options: LongRunning = {}): ImportPlan {
  const { table } = request;
  const report = new Report(limits.maxReportedIssues);
  const plan: ImportPlan = {
    table,
    fileName: sheet.fileName,
    sheetName: sheet.name,
    rows: [],
    order: [],
    issues: report.issues,
    errors: 0,
    warnings: 0,
    unresolved: [],
    counts: { insert: 0, update: 0, skip: 0, invalid: 0 },
  };
  const finish = () => Object.assign(plan, { errors: report.errors, warnings: report.warnings });

  const mappingIssues = checkMapping(table, sheet.header, request.mapping);
  const columns: Column[] = request.mapping.flatMap((key, index) => {
    const field = importFields[table].find((x) => x.key === key);
    return field ? [{ index, header: sheet.header[index], field }] : [];
  });
  const setupIssue = matchSetupIssue(table, request, columns);
  report.addAll(mappingIssues);
  if (setupIssue) report.add(setupIssue);
  const broken = brokenRows(sheet, report);
  if (mappingIssues.length || setupIssue) return finish();

  const pass: Pass = {
    table,
    request,
    lookup,
    columns,
    ctx: { numberFormat: request.numberFormat, date1904: sheet.date1904 },
    columnOf: (stored) => columns.find((c) => c.field.stored === stored)?.header ?? importFields[table].find((x) => x.stored === stored)?.label ?? stored,
    deferred: [],
    unresolved: new Map(),
    rowsByRecord: new Map(),
    insertedNames: new Map(),
    blank: Object.fromEntries(storedFields[table].map((f) => [f, f === 'sectors' ? [] : null])),
    rowSchema: rowSchema(table, columns.filter((c) => c.field.kind.type !== 'id').map((c) => c.field.stored)),
  };
  for (let i = 0; i < sheet.rows.length; i++) {
    checkpoint(options, 'validating', i, sheet.rows.length);
    const row = sheet.rowNumbers[i];
    const issues = broken.get(row);
    plan.rows.push(issues ? { row, action: 'insert', id: null, version: null, record: {}, patch: null, pending: {}, names: {}, issues } : planRow(pass, sheet.rows[i], row, i));
  }
  checkpoint(options, 'validating', sheet.rows.length, sheet.rows.length);

  if (pass.deferred.length) {
    const within = resolveWithinFile(plan.rows, pass.deferred, labelField[table] ?? 'name');
    plan.order = within.order;
    for (const p of within.problems) addReferenceProblem(pass, plan, p);
  } else plan.order = plan.rows.map((_, i) => i);

  for (const r of plan.rows) {
    report.addAll(r.issues);
    if (r.issues.some((x) => x.severity === 'error')) plan.counts.invalid++;
    plan.counts[r.action]++;
  }
  addMissingRequired(table, columns, plan.counts.insert, report);
  plan.unresolved = [...pass.unresolved.values()];
  return finish();
}

/**
 * Rows the reader could not split properly (ragged, or with a broken quote): their values are not
 * where the header says, so they are reported as they are and not checked further. Issues not
 * tied to a row go straight to the report.
 */
function brokenRows(sheet: ImportSheet, report: Report): Map<number, ReportIssue[]> {
  const broken = new Map<number, ReportIssue[]>();
  if (!sheet.issues.length) return broken;
  const rows = new Set(sheet.rowNumbers);
  for (const issue of sheet.issues) {
    if (issue.row !== null && rows.has(issue.row)) broken.set(issue.row, [...(broken.get(issue.row) ?? []), issue]);
    else report.add(issue);
  }
  return broken;
}

function planRow(pass: Pass, cells: Cell[], row: number, index: number): PlannedRow {
  const { table, request, columnOf } = pass;
  const issues = new RowIssues(row);
  const { values, names, id } = convertRow(pass, cells, issues);
  const unresolved = resolveReferences(pass, values, names, issues, index);

  const existing = request.onMatch === 'insert' ? undefined : findExisting(pass, values, id, issues);
  const action: PlannedRow['action'] = existing ? request.onMatch : 'insert';
  noteDuplicates(pass, action, existing, values, issues, row);
  if (table === 'indicators' && action === 'update') {
    issues.add(
      matchColumn(pass),
      values.metric,
      problemOf('match.observationUpdate', `matches observation ${String(existing!.id)}, and observations cannot be updated by import yet; choose to skip matching rows or to add them as new observations`, { id: existing!.id as number }),
    );
  }
  const planned: PlannedRow = {
    row,
    action,
    id: existing ? (existing.id as number) : null,
    version: existing ? ((existing.version as number | undefined) ?? null) : null,
    record: existing ? { ...existing } : {},
    patch: null,
    pending: {},
    names,
    issues: NO_ISSUES,
  };
  if (action === 'skip') return planned;
  for (const u of unresolved) noteUnresolved(pass, u.column, u.table, u.name, row);

  const parsed = pass.rowSchema.safeParse(values);
  if (parsed.success) {
    for (const stored in values) if (values[stored] != null && stored in parsed.data) values[stored] = parsed.data[stored];
  } else {
    for (const stored in values) {
      const value = values[stored];
      if (value == null) continue;
      const checked = checkField(table, stored, value);
      if (checked.ok) values[stored] = checked.value;
      else issues.add(columnOf(stored), names[stored] ?? value, checked);
    }
  }
  for (const col of pass.columns) {
    const stored = col.field.stored;
    if (col.field.required && stored in values && values[stored] == null && !issues.has(col.header)) {
      const text = `is required for ${action === 'update' ? 'every' : 'a new'} ${SINGULAR[table]}`;
      issues.add(col.header, '', problemOf(action === 'update' ? 'field.requiredForUpdate' : 'field.requiredForNew', text, { table }));
    }
  }
  planned.record = { ...(action === 'update' ? existing! : pass.blank), ...values };
  if (action === 'update') planned.patch = values;
  for (const rule of recordIssues(table, planned.record)) {
    const column = columnOf(rule.field);
    if (!issues.has(column)) issues.add(column, names[rule.field] ?? planned.record[rule.field], ruleProblem(rule));
  }
  if (issues.list.length) planned.issues = issues.list;
  return planned;
}

/** Converts the mapped cells; the ID is kept apart (it is not a stored field), and reference columns keep their names, to be resolved next. */
function convertRow(pass: Pass, cells: Cell[], issues: RowIssues) {
  const values: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  let id: number | null = null;
  for (const col of pass.columns) {
    const cell = cells[col.index] ?? null;
    const converted = convertCell(cell, col.field.kind, pass.ctx);
    if (!converted.ok) {
      issues.add(col.header, cell, converted);
      continue;
    }
    if (converted.warning) issues.add(col.header, cell, converted.warning, 'warning');
    const kind = col.field.kind.type;
    if (kind === 'id') id = converted.value as number | null;
    else if ((kind === 'ref' || kind === 'subject') && converted.value != null) names[col.field.stored] = converted.value as string;
    else values[col.field.stored] = converted.value;
  }
  return { values, names, id };
}

/** A required field with no column is reported once, when some row would create a record. */
function addMissingRequired(table: ImportTable, columns: Column[], inserts: number, report: Report): void {
  if (inserts === 0) return;
  for (const field of importFields[table]) {
    if (!field.required || columns.some((c) => c.field.key === field.key)) continue;
    report.add({
      row: null,
      column: field.label,
      value: '',
      code: 'mapping.requiredUnmapped',
      // The field's key, so that the window can name the column in its own language.
      params: { table, field: field.key },
      problem: `is needed to add new ${table}, but no column is mapped to it. Map a column to it, or match the rows to existing records.`,
      severity: 'error',
    });
  }
}
