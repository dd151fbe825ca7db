import { exclusions } from './exclusions';
import { createResolver, type Explained, type GlobalsExplained } from './resolve';
import type { ExcludedProject, Issue, Outcome, ProjectInput, ResultGroup, RunOptions, ScenarioDef } from './types';
import { scenarioIssues } from './validate';

/**
 * One project as the method sees it in one scenario: effective values after overrides, factors
 * applied, and NaN for a value the project lacks (it is then left out of that result).
 */
export interface ModelRow {
  project: ProjectInput;
  explained: Explained;
  /** Counted in the results at all (not left out by the scenario). */
  included: boolean;
  /** Probability of success, 0-1. */
  probability: number;
  /** First operating year: start year plus delay; NaN when unknown. */
  start: number;
  rampUpYears: number;
  /** Full annual abatement (kt CO2e/yr) after the abatement factor, with its low and high. */
  abatement: number;
  abatementLow: number;
  abatementHigh: number;
  /** Capex after the capex factor, with its low and high. */
  capex: number;
  capexLow: number;
  capexHigh: number;
  jobsConstruction: number;
  jobsPermanent: number;
  operating: boolean;
  localisation: { current: number; target: number; targetYear: number } | null;
}

export interface Model {
  head: ScenarioDef;
  chain: readonly ScenarioDef[];
  years: number[];
  globals: GlobalsExplained;
  /** One per distinct project, in input order. */
  rows: ModelRow[];
  excluded: ExcludedProject[];
  issues: Issue[];
}

/** A range is used only when it is in order; otherwise the central value stands for all three. */
function range(central: number, low: number | null, high: number | null, factor: number): [number, number, number] {
  const lo = low ?? central;
  const hi = high ?? central;
  if (!(lo <= central && central <= hi)) return [central * factor, central * factor, central * factor];
  return [central * factor, lo * factor, hi * factor];
}

function unique(projects: readonly ProjectInput[]): ProjectInput[] {
  const seen = new Set<number>();
  return projects.filter((p) => !seen.has(p.id) && seen.add(p.id));
}

/** Validates the scenario chain and resolves every project; the basis of every result. */
export function buildModel(projects: readonly ProjectInput[], chain: readonly ScenarioDef[], options: RunOptions = {}): Outcome<Model> {
  const issues = scenarioIssues(chain, projects, options);
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  const head = chain[0];
  const resolver = createResolver(chain);
  const { globals } = resolver;
  const excluded: ExcludedProject[] = [];

  const rows = unique(projects).map((p): ModelRow => {
    const eff = resolver.explain(p);
    const out = exclusions(p, eff, globals, options);
    excluded.push(...out);
    const left = new Set<ResultGroup>(out.flatMap((e) => e.results));
    const counted = (g: ResultGroup) => !left.has(g);
    const startYear = eff.startYear.value;
    const [abatement, abatementLow, abatementHigh] = counted('abatement')
      ? range(p.abatementKt!, p.abatementLowKt, p.abatementHighKt, eff.abatementFactor.value)
      : [NaN, NaN, NaN];
    const [capex, capexLow, capexHigh] = counted('capex') ? range(p.capex!, p.capexLow, p.capexHigh, eff.capexFactor.value) : [NaN, NaN, NaN];
    return {
      project: p,
      explained: eff,
      included: eff.include.value,
      probability: eff.probabilityPct.value / 100,
      start: startYear == null ? NaN : startYear + eff.delayYears.value,
      rampUpYears: eff.rampUpYears.value,
      abatement,
      abatementLow,
      abatementHigh,
      capex,
      capexLow,
      capexHigh,
      jobsConstruction: counted('jobsConstruction') ? p.jobsConstruction! : NaN,
      jobsPermanent: counted('jobsPermanent') ? p.jobsPermanent! : NaN,
      operating: counted('operatingProjects'),
      localisation:
        counted('localisation') && eff.localisationTargetPct.value != null
          ? { current: p.localisationCurrentPct!, target: eff.localisationTargetPct.value, targetYear: eff.localisationTargetYear.value! }
          : null,
    };
  });

  const years = Array.from({ length: head.horizonEnd - head.horizonStart + 1 }, (_, i) => head.horizonStart + i);
  return { ok: true, result: { head, chain, years, globals, rows, excluded, issues } };
}
