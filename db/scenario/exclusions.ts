import type { ProjectStage } from '../schema/enums';
import { stageRank } from './defaults';
import type { Explained, GlobalsExplained, Provenance } from './resolve';
import { resultGroups, type ExcludedProject, type ExclusionCode, type ProjectInput, type ResultGroup, type RunOptions } from './types';

const stageLabel: Record<ProjectStage, string> = {
  idea: 'idea',
  mou: 'MoU signed',
  feasibility: 'feasibility',
  fid: 'final investment decision',
  construction: 'construction',
  operational: 'operational',
  cancelled: 'cancelled',
};

const timed: ResultGroup[] = ['abatement', 'capex', 'jobsConstruction', 'jobsPermanent', 'operatingProjects'];

const scenarioOf = (from: Provenance) => (from.from === 'scenario' || from.from === 'parent' ? `scenario “${from.scenarioName}”` : 'the defaults');

function leftOutReason(p: ProjectInput, eff: Explained, globals: GlobalsExplained, options: RunOptions): [ExclusionCode, string] {
  const from = eff.include.from;
  if (from.from !== 'default' && from.from !== 'project' && from.level !== 'global') {
    const cluster = p.clusterId == null ? '' : (options.clusterNames?.[p.clusterId] ?? `cluster ${p.clusterId}`);
    return ['left-out', `left out by ${scenarioOf(from)}${from.level === 'cluster' ? ` with every project of ${cluster}` : ''}`];
  }
  if (p.stage === 'cancelled') return ['cancelled', 'cancelled; a scenario counts a cancelled project only if it includes it by name'];
  const min = globals.minStage;
  if (min.value != null && stageRank(p.stage) < stageRank(min.value)) {
    return ['before-min-stage', `at stage ${stageLabel[p.stage]}, before ${stageLabel[min.value]}, the first stage ${scenarioOf(min.from)} counts`];
  }
  return ['not-signed', `not signed, and ${scenarioOf(globals.signedOnly.from)} counts only signed projects`];
}

type Reason = [code: ExclusionCode, reason: string, groups: readonly ResultGroup[]];

/** What the project lacks for each result, first reason first; null when it lacks nothing (most projects). */
function missing(p: ProjectInput, eff: Explained, globals: GlobalsExplained): Reason[] | null {
  let found: Reason[] | null = null;
  const add = (r: Reason) => (found ??= []).push(r);
  if (eff.startYear.value == null) add(['no-start-year', 'no start year', timed]);
  if (eff.abatementKt.value == null) add(['no-abatement', 'no annual abatement', ['abatement']]);
  // A capex a scenario assumes is in the results currency; only the record's capex has a currency of its own.
  if (eff.capex.value == null) add(['no-capex', 'no capex', ['capex']]);
  else if (eff.capex.from.from === 'project' && p.capexCurrency != null && p.capexCurrency !== globals.currency.value) {
    add(['capex-currency', `capex in ${p.capexCurrency}; results are in ${globals.currency.value} and currencies are not converted`, ['capex']]);
  }
  if (eff.jobsConstruction.value == null) add(['no-jobs-construction', 'no number of construction jobs', ['jobsConstruction']]);
  if (eff.jobsPermanent.value == null) add(['no-jobs-permanent', 'no number of permanent jobs', ['jobsPermanent']]);
  if (eff.localisationTargetPct.value != null) {
    if (eff.localisationTargetYear.value == null) add(['no-localisation-year', 'a localisation target but no target year', ['localisation']]);
    if (eff.localisationCurrentPct.value == null) add(['no-localisation-current', 'a localisation target but no current localisation share', ['localisation']]);
  }
  return found;
}

const NOTHING: readonly ExcludedProject[] = Object.freeze([]);

/**
 * Why a project is left out of each result. A project is left out only of the results that need
 * what it lacks: one with no capex still counts for abatement, and one with no start year still
 * counts for localisation, which does not depend on it. Each result names only the first reason.
 */
export function exclusions(p: ProjectInput, eff: Explained, globals: GlobalsExplained, options: RunOptions = {}): readonly ExcludedProject[] {
  if (!eff.include.value) {
    const [code, reason] = leftOutReason(p, eff, globals, options);
    return [{ projectId: p.id, name: p.name, results: [...resultGroups], code, reason }];
  }
  const reasons = missing(p, eff, globals);
  if (!reasons) return NOTHING;
  const out: ExcludedProject[] = [];
  const claimed = new Set<ResultGroup>();
  for (const [code, reason, groups] of reasons) {
    const results = groups.filter((g) => !claimed.has(g));
    results.forEach((g) => claimed.add(g));
    if (results.length) out.push({ projectId: p.id, name: p.name, results, code, reason });
  }
  return out;
}
