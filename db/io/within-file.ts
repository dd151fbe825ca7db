import { normalizeName } from './normalize';

/** A reference to a record of the table being imported (a parent organisation) that the workspace does not have yet. */
export interface Deferred {
  /** The row (index in the plan) that holds the reference. */
  index: number;
  stored: string;
  column: string;
  name: string;
}

export interface ReferenceProblem {
  deferred: Deferred;
  kind: 'unresolved' | 'ambiguous' | 'self' | 'cycle';
  /** File rows involved: the rows with the same name, or the rows of the cycle. */
  rows: number[];
}

interface Row {
  row: number;
  action: 'insert' | 'update' | 'skip';
  record: Record<string, unknown>;
  pending: Record<string, number>;
}

/**
 * Resolves references to rows of the same file that this import inserts, and orders the rows so
 * that every such record is written before the rows that refer to it.
 */
export function resolveWithinFile(rows: Row[], deferred: Deferred[], label: string): { order: number[]; problems: ReferenceProblem[] } {
  const problems: ReferenceProblem[] = [];
  const inserted = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (r.action !== 'insert' || typeof r.record[label] !== 'string') return;
    const key = normalizeName(r.record[label] as string);
    inserted.set(key, [...(inserted.get(key) ?? []), i]);
  });
  for (const d of deferred) {
    if (rows[d.index].action === 'skip') continue;
    const candidates = inserted.get(normalizeName(d.name)) ?? [];
    if (candidates.length === 0) problems.push({ deferred: d, kind: 'unresolved', rows: [] });
    else if (candidates.length > 1) problems.push({ deferred: d, kind: 'ambiguous', rows: candidates.map((c) => rows[c].row) });
    else if (candidates[0] === d.index) problems.push({ deferred: d, kind: 'self', rows: [] });
    else rows[d.index].pending[d.stored] = candidates[0];
  }
  return { order: topologicalOrder(rows, deferred, problems), problems };
}

/** Rows in file order, except that a row comes after the rows it refers to; a cycle is a problem. */
function topologicalOrder(rows: Row[], deferred: Deferred[], problems: ReferenceProblem[]): number[] {
  const state = new Uint8Array(rows.length);
  const order: number[] = [];
  const byIndex = new Map(deferred.map((d) => [d.index, d]));
  for (let start = 0; start < rows.length; start++) {
    if (state[start]) continue;
    const path: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      path.push(at);
      const next: number | undefined = Object.values(rows[at].pending)[0];
      if (next !== undefined && state[next] === 1) {
        const cycle = path.slice(path.indexOf(next));
        for (const i of cycle) problems.push({ deferred: byIndex.get(i)!, kind: 'cycle', rows: cycle.map((c) => rows[c].row) });
        break;
      }
      at = next;
    }
    for (let k = path.length - 1; k >= 0; k--) {
      state[path[k]] = 2;
      order.push(path[k]);
    }
  }
  return order;
}
