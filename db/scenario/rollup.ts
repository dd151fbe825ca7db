import type { ProjectCategory } from '../schema/enums';
import { addBlock, BLOCK_FIELDS, toSeries } from './accumulate';
import type { ModelRow } from './model';
import type { GroupResult, ScenarioResult } from './types';

interface Cell {
  cluster: number | null;
  country: string;
  category: ProjectCategory;
  projects: number;
}

/** Orders keys the same on every machine: numbers ascending, strings by code unit, null last. */
function byKey<K extends string | number | null>(a: K, b: K): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * Roll-ups by cluster, country and category. Each project belongs to exactly one cell (its cluster,
 * country and category; no cluster is a cell of its own), so it is counted once in each roll-up and
 * each roll-up sums to the totals. Cells are summed once, then grouped, to keep the work per
 * project independent of the number of roll-ups.
 */
export function rollups(
  rows: readonly ModelRow[],
  n: number,
  add: (acc: Float64Array, base: number, i: number) => void,
): ScenarioResult['rollups'] {
  const block = BLOCK_FIELDS * n;
  const index = new Map<string, number>();
  const cells: Cell[] = [];
  const cellOf = rows.map(({ project: p, included }) => {
    const key = `${p.clusterId ?? ''}\u0000${p.country}\u0000${p.category}`;
    let c = index.get(key);
    if (c === undefined) {
      c = cells.push({ cluster: p.clusterId, country: p.country, category: p.category, projects: 0 }) - 1;
      index.set(key, c);
    }
    if (included) cells[c].projects++;
    return c;
  });
  const cellSums = new Float64Array(cells.length * block);
  rows.forEach((r, i) => r.included && add(cellSums, cellOf[i] * block, i));

  const group = <K extends string | number | null>(keyOf: (c: Cell) => K): GroupResult<K>[] => {
    const keys = [...new Set(cells.map(keyOf))].sort(byKey);
    const at = new Map(keys.map((k, g) => [k, g]));
    const sums = new Float64Array(keys.length * block);
    const projects = new Array<number>(keys.length).fill(0);
    cells.forEach((c, ci) => {
      const g = at.get(keyOf(c))!;
      projects[g] += c.projects;
      addBlock(sums, g * block, cellSums, ci * block, n);
    });
    return keys.map((key, g) => ({ key, projects: projects[g], series: toSeries(sums, g * block, n) }));
  };
  return { cluster: group((c) => c.cluster), country: group((c) => c.country), category: group((c) => c.category) };
}
