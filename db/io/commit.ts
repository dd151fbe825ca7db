import type { ChangedTable } from '../contract/events';
import { AppError } from '../contract/result';
import { SqliteError } from '../store/driver';
import type { Workspace } from '../store/workspace';
import { Cancelled, checkpoint, type LongRunning } from './cancel';
import type { ImportTable } from './fields';
import { planImport, type ImportPlan, type ImportRequest, type PlannedRow } from './plan';
import { describeIssue } from './report';
import type { ImportSheet } from './sheet';
import { workspaceLookup } from './workspace-lookup';

export type ImportOutcome =
  | { status: 'committed'; inserted: number; updated: number; skipped: number; warnings: number; tables: ChangedTable[] }
  | { status: 'cancelled' };

function invalid(plan: ImportPlan): AppError {
  const first = plan.issues.find((i) => i.severity === 'error');
  const count = plan.errors === 1 ? '1 problem stops' : `${plan.errors} problems stop`;
  return new AppError(
    'VALIDATION',
    `"${plan.fileName}": ${count} the import${first ? ` (${plan.errors === 1 ? 'it' : 'the first'} is ${describeIssue(first)})` : ''}. Correct the file or the mapping and import again; nothing was imported.`,
    { file: plan.fileName, reason: 'invalid-rows', errors: plan.errors, warnings: plan.warnings, issues: plan.issues, unresolved: plan.unresolved },
  );
}

/** A failure while writing one row, named by its row so that the analyst can find it. */
function atRow(plan: ImportPlan, row: PlannedRow, err: unknown): unknown {
  const where = `"${plan.fileName}", row ${row.row}`;
  if (err instanceof AppError) return new AppError(err.code, `${where}: ${err.message} Nothing was imported.`, { file: plan.fileName, row: row.row, cause: err.details });
  if (err instanceof SqliteError && err.code.startsWith('SQLITE_CONSTRAINT')) {
    return new AppError('CONSTRAINT', `${where} could not be stored: a value is out of range or refers to a missing record. Nothing was imported.`, {
      file: plan.fileName,
      row: row.row,
      sqlite: err.code,
    });
  }
  return err;
}

function writeRow(ws: Workspace, table: ImportTable, r: PlannedRow, values: Record<string, unknown>): number {
  if (r.action === 'update') return ws.repos[table as Exclude<ImportTable, 'indicators'>].updateVersioned(r.id!, r.version!, values).id;
  if (table === 'indicators') return ws.links.add('indicator_observations', values);
  return ws.repos[table].create(values).id;
}

/** Writes a plan's rows in its order; references to rows of the same file take the ids just written. */
function apply(ws: Workspace, plan: ImportPlan, options: LongRunning) {
  const ids: (number | null)[] = new Array(plan.rows.length).fill(null);
  let done = 0;
  for (const index of plan.order) {
    checkpoint(options, 'writing', done++, plan.rows.length);
    const r = plan.rows[index];
    if (r.action === 'skip') continue;
    let values = r.action === 'update' ? r.patch! : r.record;
    for (const [field, target] of Object.entries(r.pending)) values = { ...values, [field]: ids[target] };
    try {
      ids[index] = writeRow(ws, plan.table, r, values);
    } catch (err) {
      throw atRow(plan, r, err);
    }
  }
  checkpoint(options, 'writing', plan.rows.length, plan.rows.length);
  return { inserted: plan.counts.insert, updated: plan.counts.update, skipped: plan.counts.skip, warnings: plan.warnings };
}

/**
 * Imports a sheet as one write: validates it inside the transaction (so that what is checked is
 * what is written), refuses it whole if any row has an error, and otherwise writes every row with
 * its change-log entries. A cancel between chunks or any failure rolls everything back.
 */
export function commitImport(ws: Workspace, sheet: ImportSheet, request: ImportRequest, options: LongRunning = {}): ImportOutcome {
  try {
    const { value, tables } = ws.write('io.import', () => {
      const plan = planImport(sheet, request, workspaceLookup(ws), options);
      if (plan.errors) throw invalid(plan);
      return apply(ws, plan, options);
    });
    return { status: 'committed', ...value, tables };
  } catch (err) {
    if (err instanceof Cancelled) return { status: 'cancelled' };
    throw err;
  }
}
