import { entityFields, IndicatorInput } from '../schema';
import { checkpoint, type LongRunning } from './cancel';
import { convertCell, type ConvertContext } from './convert';
import { checkField, recordIssues } from './field-rules';
import { importFields, labelField, type ImportField, type ImportTable, type RefTable } from './fields';
import { limits } from './limits';
import type { Lookup } from './lookup';
import { checkMapping, type Mapping } from './mapping';
import { normalizeName } from './normalize';
import type { NumberFormat } from './numbers';
import { resolveWithinFile, type Deferred, type ReferenceProblem } from './references';
import { cellText, Report, type ReportIssue } from './report';
import type { Cell, ImportSheet } from './sheet';

export interface ImportRequest {
  table: ImportTable;
  mapping: Mapping;
  numberFormat: NumberFormat;
  /** How a row finds the record it updates: by the ID column, or by name (title); indicators by subject, metric, year and date. */
  matchBy: 'id' | 'name';
  /** What happens to a row that matches a record: update it, leave it alone, or add a new record anyway. */
  onMatch: 'update' | 'skip' | 'insert';
  /** A reference whose name matches nothing stops the import (the default), or is left empty with a warning. */
  unresolved?: 'error' | 'leave-empty';
}

export interface PlannedRow {
  /** The row as the file shows it. */
  row: number;
  action: 'insert' | 'update' | 'skip';
  /** The matched record, for updates and skips. */
  id: number | null;
  version: number | null;
  /** Every stored field as it will be stored (for an update, the record after the change). */
  record: Record<string, unknown>;
  /** For an update, only the fields the file sets. */
  patch: Record<string, unknown> | null;
  /** References to records this import creates: stored field -> index of that row in `rows`. */
  pending: Record<string, number>;
  /** Reference fields as the file names them, for the preview: stored field -> name. */
  names: Record<string, string>;
  issues: ReportIssue[];
}

export interface UnresolvedNames {
  column: string;
  table: RefTable;
  names: string[];
  /** The rows that use these names (the first hundred). */
  rows: number[];
}

export interface ImportPlan {
  table: ImportTable;
  fileName: string;
  sheetName: string;
  /** In the file's order. */
  rows: PlannedRow[];
  /** Indices into rows in the order they are written: a parent organisation before its subsidiaries. */
  order: number[];
  /** The first issues in full; errors and warnings count them all. */
  issues: ReportIssue[];
  errors: number;
  warnings: number;
  unresolved: UnresolvedNames[];
  counts: { insert: number; update: number; skip: number; invalid: number };
}

const SINGULAR: Record<ImportTable, string> = {
  clusters: 'cluster',
  projects: 'project',
  partners: 'partner',
  agreements: 'agreement',
  sources: 'source',
  indicators: 'indicator observation',
};
const REF_NOUN: Record<RefTable, string> = { clusters: 'cluster', projects: 'project', partners: 'partner', sources: 'source', initiatives: 'initiative' };

const SUBJECT_TABLE: Record<string, RefTable | undefined> = { initiative: 'initiatives', cluster: 'clusters', project: 'projects' };

const storedFields: Record<ImportTable, string[]> = {
  ...(Object.fromEntries(Object.entries(entityFields).map(([t, s]) => [t, Object.keys(s.shape)])) as Record<keyof typeof entityFields, string[]>),
  indicators: Object.keys(IndicatorInput.shape),
};

const NO_ISSUES: ReportIssue[] = [];
const MAX_ROWS_PER_NAME = 100;

interface Column {
  index: number;
  header: string;
  field: ImportField;
}

/** Everything one planning pass shares between rows. */
interface Pass {
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
}

/** Collects the issues of one row. */
class RowIssues {
  readonly list: ReportIssue[] = [];
  constructor(private readonly row: number) {}
  add(column: string, value: unknown, problem: string, severity: ReportIssue['severity'] = 'error'): void {
    this.list.push({ row: this.row, column, value: cellText(value), problem, severity });
  }
  has(column: string): boolean {
    return this.list.some((x) => x.column === column);
  }
}

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
  };
  for (let i = 0; i < sheet.rows.length; i++) {
    checkpoint(options, 'validating', i, sheet.rows.length);
    const row = sheet.rowNumbers[i];
    const issues = broken.get(row);
    plan.rows.push(issues ? { row, action: 'insert', id: null, version: null, record: {}, patch: null, pending: {}, names: {}, issues } : planRow(pass, sheet.rows[i], row, i));
  }
  checkpoint(options, 'validating', sheet.rows.length, sheet.rows.length);

  const within = resolveWithinFile(plan.rows, pass.deferred, labelField[table] ?? 'name');
  plan.order = within.order;
  for (const p of within.problems) addReferenceProblem(pass, plan, p);

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
  const rows = new Set(sheet.rowNumbers);
  const broken = new Map<number, ReportIssue[]>();
  for (const issue of sheet.issues) {
    if (issue.row !== null && rows.has(issue.row)) broken.set(issue.row, [...(broken.get(issue.row) ?? []), issue]);
    else report.add(issue);
  }
  return broken;
}

function planRow(pass: Pass, cells: Cell[], row: number, index: number): PlannedRow {
  const { table, request, columnOf } = pass;
  const issues = new RowIssues(row);
  const { values, names } = convertRow(pass, cells, issues);
  const unresolved = resolveReferences(pass, values, names, issues, index);

  const existing = request.onMatch === 'insert' ? undefined : findExisting(pass, values, issues);
  const action: PlannedRow['action'] = existing ? request.onMatch : 'insert';
  noteDuplicates(pass, action, existing, values, issues, row);
  if (table === 'indicators' && action === 'update') {
    issues.add(matchColumn(pass), values.metric, `matches observation ${String(existing!.id)}, and observations cannot be updated by import yet; choose to skip matching rows or to add them as new observations`);
  }
  delete values.id;
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

  for (const [stored, value] of Object.entries(values)) {
    if (value == null) continue;
    const checked = checkField(table, stored, value);
    if (checked.ok) values[stored] = checked.value;
    else issues.add(columnOf(stored), names[stored] ?? value, checked.problem);
  }
  for (const col of pass.columns) {
    const stored = col.field.stored;
    if (col.field.required && stored in values && values[stored] == null && !issues.has(col.header)) {
      issues.add(col.header, '', `is required for ${action === 'update' ? 'every' : 'a new'} ${SINGULAR[table]}`);
    }
  }
  const base = action === 'update' ? existing! : Object.fromEntries(storedFields[table].map((s) => [s, s === 'sectors' ? [] : null]));
  planned.record = { ...base, ...values };
  if (action === 'update') planned.patch = values;
  for (const rule of recordIssues(table, planned.record)) {
    const column = columnOf(rule.field);
    if (!issues.has(column)) issues.add(column, names[rule.field] ?? planned.record[rule.field], rule.message);
  }
  if (issues.list.length) planned.issues = issues.list;
  return planned;
}

/** Converts the mapped cells; reference columns keep their names apart, to be resolved next. */
function convertRow(pass: Pass, cells: Cell[], issues: RowIssues) {
  const values: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  for (const col of pass.columns) {
    const cell = cells[col.index] ?? null;
    const converted = convertCell(cell, col.field.kind, pass.ctx);
    if (!converted.ok) {
      issues.add(col.header, cell, converted.problem);
      continue;
    }
    if (converted.warning) issues.add(col.header, cell, converted.warning, 'warning');
    const kind = col.field.kind.type;
    if ((kind === 'ref' || kind === 'subject') && converted.value != null) names[col.field.stored] = converted.value as string;
    else values[col.field.stored] = converted.value;
  }
  return { values, names };
}

function noteUnresolved(pass: Pass, column: string, table: RefTable, name: string, row: number): void {
  const key = `${column}\u0001${table}`;
  const u = pass.unresolved.get(key) ?? { column, table, names: [], rows: [] };
  pass.unresolved.set(key, u);
  if (!u.names.includes(name)) u.names.push(name);
  if (u.rows.length < MAX_ROWS_PER_NAME) u.rows.push(row);
}

const unresolvedProblem = (pass: Pass, table: RefTable) =>
  pass.request.unresolved === 'leave-empty'
    ? `matches no ${REF_NOUN[table]}; it is left empty`
    : `matches no ${REF_NOUN[table]}. Add it first, correct the name, or choose to leave unknown references empty`;

/**
 * Replaces each referenced name by the id of the one record with that name; returns the names that
 * matched nothing, which count as unresolved only if the row is not skipped.
 */
function resolveReferences(pass: Pass, values: Record<string, unknown>, names: Record<string, string>, issues: RowIssues, index: number) {
  const unresolved: { column: string; table: RefTable; name: string }[] = [];
  for (const [stored, name] of Object.entries(names)) {
    const field = pass.columns.find((c) => c.field.stored === stored)!;
    values[stored] = null;
    const refTable = field.field.kind.type === 'ref' ? field.field.kind.table : SUBJECT_TABLE[String(values.subjectType)];
    if (!refTable) {
      if (values.subjectType === 'country') issues.add(field.header, name, 'must be empty when the subject type is country; the country column names the country');
      continue;
    }
    const ids = pass.lookup.idsByName(refTable, name);
    if (ids.length === 1) values[stored] = ids[0];
    else if (ids.length > 1) {
      issues.add(field.header, name, `matches ${ids.length} ${refTable} with this name; give them distinct names so that the reference is clear`);
    } else if (refTable === pass.table) {
      pass.deferred.push({ index, stored, column: field.header, name });
    } else {
      unresolved.push({ column: field.header, table: refTable, name });
      issues.add(field.header, name, unresolvedProblem(pass, refTable), pass.request.unresolved === 'leave-empty' ? 'warning' : 'error');
    }
  }
  return unresolved;
}

const matchColumn = (pass: Pass) => pass.columnOf(pass.request.matchBy === 'id' ? 'id' : (labelField[pass.table] ?? 'metric'));

/** Finds the existing record a row refers to; an ambiguous name is an issue, not a guess. */
function findExisting(pass: Pass, values: Record<string, unknown>, issues: RowIssues): Record<string, unknown> | undefined {
  const { table, lookup } = pass;
  if (pass.request.matchBy === 'id') return typeof values.id === 'number' ? lookup.record(table, values.id) : undefined;
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
    issues.add(matchColumn(pass), shown, `matches ${ids.length} existing ${table}; match by ID instead, or give them distinct names`);
    return undefined;
  }
  return ids.length ? lookup.record(table, ids[0]) : undefined;
}

/** Two rows must not change the same record, and names must be unique when they identify rows. */
function noteDuplicates(pass: Pass, action: PlannedRow['action'], existing: Record<string, unknown> | undefined, values: Record<string, unknown>, issues: RowIssues, row: number): void {
  if (existing && action !== 'insert') {
    const earlier = pass.rowsByRecord.get(existing.id as number);
    if (earlier !== undefined) issues.add(matchColumn(pass), '', `matches the same record as row ${earlier}; keep one of the two rows`);
    else pass.rowsByRecord.set(existing.id as number, row);
  }
  const label = labelField[pass.table];
  if (action !== 'insert' || pass.request.matchBy !== 'name' || !label || typeof values[label] !== 'string') return;
  const key = normalizeName(values[label] as string);
  const earlier = pass.insertedNames.get(key);
  if (earlier !== undefined) issues.add(pass.columnOf(label), values[label], `is also the name on row ${earlier}; names must be unique in the file when rows are matched by name`);
  else pass.insertedNames.set(key, row);
}

function addReferenceProblem(pass: Pass, plan: ImportPlan, p: ReferenceProblem): void {
  const target = plan.rows[p.deferred.index];
  const noun = REF_NOUN[pass.table as RefTable];
  const leaveEmpty = pass.request.unresolved === 'leave-empty';
  const problems: Record<ReferenceProblem['kind'], string> = {
    unresolved: unresolvedProblem(pass, pass.table as RefTable),
    ambiguous: `matches rows ${p.rows.join(', ')} of this file; give them distinct names so that the reference is clear`,
    self: `is this row's own name; a ${noun} cannot refer to itself`,
    cycle: `forms a loop with rows ${p.rows.join(', ')}, each naming the next as its parent; break the loop`,
  };
  if (p.kind === 'unresolved') noteUnresolved(pass, p.deferred.column, pass.table as RefTable, p.deferred.name, target.row);
  const severity = p.kind === 'unresolved' && leaveEmpty ? 'warning' : 'error';
  target.issues = [...target.issues, { row: target.row, column: p.deferred.column, value: p.deferred.name, problem: problems[p.kind], severity }];
}

/** Matching needs its column: the ID column to match by ID, the name to match by name. */
function matchSetupIssue(table: ImportTable, request: ImportRequest, columns: Column[]): ReportIssue | null {
  if (request.onMatch === 'insert') return null;
  const needed = request.matchBy === 'id' ? ['id'] : table === 'indicators' ? ['subjectType', 'metric', 'year'] : [labelField[table]!];
  const missing = needed.filter((k) => !columns.some((c) => c.field.key === k));
  if (!missing.length) return null;
  const labels = missing.map((k) => importFields[table].find((x) => x.key === k)!.label).join(', ');
  return { row: null, column: labels, value: '', problem: 'is needed to match rows to existing records; map a column to it, or choose to add every row as new.', severity: 'error' };
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
      problem: `is needed to add new ${table}, but no column is mapped to it. Map a column to it, or match the rows to existing records.`,
      severity: 'error',
    });
  }
}
