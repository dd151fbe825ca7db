import type { RefTable } from './fields';
import { MAX_ROWS_PER_NAME, REF_NOUN, SUBJECT_TABLE, type Pass, type RowIssues } from './plan-pass';
import type { ImportPlan } from './plan-types';
import { problemOf, type Problem } from './problems';
import type { ReferenceProblem } from './within-file';

/** Adds a name to the list of names that matched nothing, grouped by column. */
export function noteUnresolved(pass: Pass, column: string, table: RefTable, name: string, row: number): void {
  const key = `${column}\u0001${table}`;
  const u = pass.unresolved.get(key) ?? { column, table, names: [], rows: [] };
  pass.unresolved.set(key, u);
  if (!u.names.includes(name)) u.names.push(name);
  if (u.rows.length < MAX_ROWS_PER_NAME) u.rows.push(row);
}

const unresolvedProblem = (pass: Pass, table: RefTable): Problem =>
  pass.request.unresolved === 'leave-empty'
    ? problemOf('reference.leftEmpty', `matches no ${REF_NOUN[table]}; it is left empty`, { table })
    : problemOf('reference.unresolved', `matches no ${REF_NOUN[table]}. Add it first, correct the name, or choose to leave unknown references empty`, { table });

/**
 * Replaces each referenced name by the id of the one record with that name; returns the names that
 * matched nothing, which count as unresolved only if the row is not skipped.
 */
export function resolveReferences(pass: Pass, values: Record<string, unknown>, names: Record<string, string>, issues: RowIssues, index: number) {
  const unresolved: { column: string; table: RefTable; name: string }[] = [];
  for (const [stored, name] of Object.entries(names)) {
    const field = pass.columns.find((c) => c.field.stored === stored)!;
    values[stored] = null;
    const refTable = field.field.kind.type === 'ref' ? field.field.kind.table : SUBJECT_TABLE[String(values.subjectType)];
    if (!refTable) {
      if (values.subjectType === 'country') {
        issues.add(field.header, name, problemOf('rule.subjectNotForCountry', 'must be empty when the subject type is country; the country column names the country'));
      }
      continue;
    }
    const ids = pass.lookup.idsByName(refTable, name);
    if (ids.length === 1) values[stored] = ids[0];
    else if (ids.length > 1) {
      issues.add(field.header, name, problemOf('reference.ambiguous', `matches ${ids.length} ${refTable} with this name; give them distinct names so that the reference is clear`, { count: ids.length, table: refTable }));
    } else if (refTable === pass.table) {
      pass.deferred.push({ index, stored, column: field.header, name });
    } else {
      unresolved.push({ column: field.header, table: refTable, name });
      issues.add(field.header, name, unresolvedProblem(pass, refTable), pass.request.unresolved === 'leave-empty' ? 'warning' : 'error');
    }
  }
  return unresolved;
}

/** Reports a problem found while resolving references within the file on the row that holds the reference. */
export function addReferenceProblem(pass: Pass, plan: ImportPlan, p: ReferenceProblem): void {
  const target = plan.rows[p.deferred.index];
  const noun = REF_NOUN[pass.table as RefTable];
  const leaveEmpty = pass.request.unresolved === 'leave-empty';
  const problems: Record<ReferenceProblem['kind'], Problem> = {
    unresolved: unresolvedProblem(pass, pass.table as RefTable),
    ambiguous: problemOf('reference.ambiguousInFile', `matches rows ${p.rows.join(', ')} of this file; give them distinct names so that the reference is clear`, { rows: p.rows.join(', '), count: p.rows.length }),
    self: problemOf('reference.self', `is this row's own name; a ${noun} cannot refer to itself`, { table: pass.table }),
    cycle: problemOf('reference.cycle', `forms a loop with rows ${p.rows.join(', ')}, each naming the next as its parent; break the loop`, { rows: p.rows.join(', '), count: p.rows.length }),
  };
  if (p.kind === 'unresolved') noteUnresolved(pass, p.deferred.column, pass.table as RefTable, p.deferred.name, target.row);
  const severity = p.kind === 'unresolved' && leaveEmpty ? 'warning' : 'error';
  target.issues = [...target.issues, { row: target.row, column: p.deferred.column, value: p.deferred.name, ...problems[p.kind], severity }];
}
