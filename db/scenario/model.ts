import { exclusions } from './exclusions';
import { createResolver, type GlobalsExplained } from './resolve';
import type { ExcludedProject, Issue, Outcome, ProjectInput, ProjectModel, ResultGroup, RunOptions, ScenarioDef } from './types';
import { inOrder, scenarioIssues } from './validate';

export interface Model {
  head: ScenarioDef;
  years: number[];
  globals: GlobalsExplained;
  /** One per distinct project, in input order. */
  rows: ProjectModel[];
  excluded: ExcludedProject[];
  issues: Issue[];
}

const NONE: ReadonlySet<ResultGroup> = new Set();

/**
 * Tells whether an id is seen for the first time. Store ids are small positive integers, so a byte
 * per id is much faster than a Set for large portfolios; any other ids fall back to a Set.
 */
function idTracker(projects: readonly ProjectInput[]): (id: number) => boolean {
  let max = 0;
  for (const p of projects) max = Number.isInteger(p.id) && p.id > 0 ? Math.max(max, p.id) : Infinity;
  if (max <= Math.max(1 << 16, projects.length * 16)) {
    const seen = new Uint8Array(max + 1);
    return (id) => seen[id] === 0 && (seen[id] = 1) === 1;
  }
  const seen = new Set<number>();
  return (id) => !seen.has(id) && seen.add(id) !== undefined;
}

/** Validates the scenario chain and resolves every project; the basis of every result. */
export function buildModel(projects: readonly ProjectInput[], chain: readonly ScenarioDef[], options: RunOptions = {}): Outcome<Model> {
  const issues = scenarioIssues(chain, projects, options);
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  const head = chain[0];
  const resolver = createResolver(chain);
  const { globals } = resolver;
  const excluded: ExcludedProject[] = [];
  const firstTime = idTracker(projects);
  const rows: ProjectModel[] = [];

  for (const p of projects) {
    if (!firstTime(p.id)) {
      issues.push({ severity: 'warning', code: 'duplicate-project', projectId: p.id, message: `Project “${p.name}” (${p.id}) appears more than once; it is counted once.` });
      continue;
    }
    const eff = resolver.explain(p);
    const out = exclusions(p, eff, globals, options);
    let left = NONE;
    if (out.length) {
      excluded.push(...out);
      left = new Set(out.flatMap((e) => e.results));
    }
    const startYear = eff.startYear.value;
    const fa = eff.abatementFactor.value;
    const fc = eff.capexFactor.value;
    const abatement = left.has('abatement') ? NaN : eff.abatementKt.value!;
    const capex = left.has('capex') ? NaN : eff.capex.value!;
    // A range out of order is ignored (validate.ts warns about it): the central value stands for all
    // three. A range belongs to the record's central value, so a value a scenario assumes has none.
    const abRange = eff.abatementKt.from.from === 'project' && inOrder(p.abatementLowKt, abatement, p.abatementHighKt);
    const cxRange = eff.capex.from.from === 'project' && inOrder(p.capexLow, capex, p.capexHigh);
    rows.push({
      project: p,
      explained: eff,
      included: eff.include.value,
      probability: eff.probabilityPct.value / 100,
      start: startYear == null ? NaN : startYear + eff.delayYears.value,
      rampUpYears: eff.rampUpYears.value,
      abatement: abatement * fa,
      abatementLow: (abRange ? (p.abatementLowKt ?? abatement) : abatement) * fa,
      abatementHigh: (abRange ? (p.abatementHighKt ?? abatement) : abatement) * fa,
      capex: capex * fc,
      capexLow: (cxRange ? (p.capexLow ?? capex) : capex) * fc,
      capexHigh: (cxRange ? (p.capexHigh ?? capex) : capex) * fc,
      jobsConstruction: left.has('jobsConstruction') ? NaN : eff.jobsConstruction.value!,
      jobsPermanent: left.has('jobsPermanent') ? NaN : eff.jobsPermanent.value!,
      operating: !left.has('operatingProjects'),
      localisation:
        !left.has('localisation') && eff.localisationTargetPct.value != null
          ? { current: eff.localisationCurrentPct.value!, target: eff.localisationTargetPct.value, targetYear: eff.localisationTargetYear.value! }
          : null,
    });
  }

  const years = Array.from({ length: head.horizonEnd - head.horizonStart + 1 }, (_, i) => head.horizonStart + i);
  return { ok: true, result: { head, years, globals, rows, excluded, issues } };
}
