import type { GroupTotal, ProjectLine } from '../../schema';

/** Capex counts in US dollars, or with no currency stated, as the scenario engine counts it; nothing is converted. */
export const countsAsUsd = (p: ProjectLine) => p.capex !== null && (p.capexCurrency === null || p.capexCurrency === 'USD');

const add = (a: number | null, b: number | null) => (b === null ? a : (a ?? 0) + b);

function total(key: string, projects: readonly ProjectLine[]): GroupTotal {
  let capexUsd: number | null = null;
  let abatementKt: number | null = null;
  let jobs: number | null = null;
  for (const p of projects) {
    if (countsAsUsd(p)) capexUsd = add(capexUsd, p.capex);
    abatementKt = add(abatementKt, p.abatementKt);
    jobs = add(add(jobs, p.jobsConstruction), p.jobsPermanent);
  }
  return { key, projects: projects.length, capexUsd, abatementKt, jobs };
}

/** Each project in exactly one group, groups in the order of `order` (unknown keys last, by name). */
export function groupTotals(projects: readonly ProjectLine[], keyOf: (p: ProjectLine) => string, order: readonly string[] = []): GroupTotal[] {
  const groups = new Map<string, ProjectLine[]>();
  for (const p of projects) {
    const key = keyOf(p);
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([key, list]) => total(key, list));
}

export const grandTotal = (projects: readonly ProjectLine[]) => total('all', projects);

/** The largest projects: by capex counted in USD, then by abatement; projects with neither are not ranked. */
export function largestProjects(projects: readonly ProjectLine[], n: number): number[] {
  const capex = (p: ProjectLine) => (countsAsUsd(p) ? p.capex! : -1);
  return projects
    .filter((p) => countsAsUsd(p) || p.abatementKt !== null)
    .sort((a, b) => capex(b) - capex(a) || (b.abatementKt ?? -1) - (a.abatementKt ?? -1) || a.name.localeCompare(b.name))
    .slice(0, n)
    .map((p) => p.id);
}
