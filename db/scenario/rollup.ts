import type { ProjectCategory } from '../schema/enums';
import { addBlock, BLOCK_FIELDS, toSeries } from './accumulate';
import type { GroupResult, ProjectModel, ScenarioResult, Series } from './types';

/** The projects of one cluster, country and category: the finest group every roll-up is made of. */
export interface Cell {
  cluster: number | null;
  country: string;
  category: ProjectCategory;
  projects: number;
}

/**
 * Sums each project into its cell, once. A project with no cluster falls in a cell of its own
 * ("no cluster"), so it is neither lost nor counted twice.
 */
export function cellSums(rows: readonly ProjectModel[], n: number, add: (acc: Float64Array, base: number, r: ProjectModel) => void) {
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
  const sums = new Float64Array(cells.length * block);
  rows.forEach((r, i) => r.included && add(sums, cellOf[i] * block, r));
  return { cells, sums };
}

/** Orders keys the same on every machine: numbers ascending, strings by code unit, null last. */
function byKey<K extends string | number | null>(a: K, b: K): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Sums cells into groups; with one key for every cell it gives the totals. */
export function groupCells<K extends string | number | null>(cells: readonly Cell[], sums: Float64Array, n: number, keyOf: (c: Cell) => K): GroupResult<K>[] {
  const block = BLOCK_FIELDS * n;
  const keys = [...new Set(cells.map(keyOf))].sort(byKey);
  const at = new Map(keys.map((k, g) => [k, g]));
  const groupSums = new Float64Array(keys.length * block);
  const projects = new Array<number>(keys.length).fill(0);
  cells.forEach((c, ci) => {
    const g = at.get(keyOf(c))!;
    projects[g] += c.projects;
    addBlock(groupSums, g * block, sums, ci * block, n);
  });
  return keys.map((key, g) => ({ key, projects: projects[g], series: toSeries(groupSums, g * block, n) }));
}

/** The totals: every cell once. */
export function sumCells(cells: readonly Cell[], sums: Float64Array, n: number): Series {
  const block = BLOCK_FIELDS * n;
  const total = new Float64Array(block);
  cells.forEach((_, ci) => addBlock(total, 0, sums, ci * block, n));
  return toSeries(total, 0, n);
}

/**
 * Roll-ups by cluster, country and category, each the sum of its cells: every project is counted
 * once in each roll-up, and each roll-up sums to the totals (up to rounding in the last digits).
 */
export function rollups(cells: readonly Cell[], sums: Float64Array, n: number): ScenarioResult['rollups'] {
  return {
    cluster: groupCells(cells, sums, n, (c) => c.cluster),
    country: groupCells(cells, sums, n, (c) => c.country),
    category: groupCells(cells, sums, n, (c) => c.category),
  };
}
