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

/**
 * Why a project is left out of each result, first reason first. A project is left out only of the
 * results that need what it lacks: one with no capex still counts for abatement, and one with no
 * start year still counts for localisation, which does not depend on it.
 */
export function exclusions(p: ProjectInput, eff: Explained, globals: GlobalsExplained, options: RunOptions = {}): ExcludedProject[] {
  const out: ExcludedProject[] = [];
  const claimed = new Set<ResultGroup>();
  const leave = (code: ExclusionCode, reason: string, groups: readonly ResultGroup[]) => {
    const results = groups.filter((g) => !claimed.has(g));
    if (results.length === 0) return;
    results.forEach((g) => claimed.add(g));
    out.push({ projectId: p.id, name: p.name, results, code, reason });
  };

  if (!eff.include.value) {
    const [code, reason] = leftOutReason(p, eff, globals, options);
    leave(code, reason, resultGroups);
    return out;
  }
  if (eff.startYear.value == null) leave('no-start-year', 'no start year', timed);
  if (p.abatementKt == null) leave('no-abatement', 'no annual abatement', ['abatement']);
  if (p.capex == null) leave('no-capex', 'no capex', ['capex']);
  else if (p.capexCurrency != null && p.capexCurrency !== globals.currency.value) {
    leave('capex-currency', `capex in ${p.capexCurrency}; results are in ${globals.currency.value} and currencies are not converted`, ['capex']);
  }
  if (p.jobsConstruction == null) leave('no-jobs-construction', 'no number of construction jobs', ['jobsConstruction']);
  if (p.jobsPermanent == null) leave('no-jobs-permanent', 'no number of permanent jobs', ['jobsPermanent']);
  if (eff.localisationTargetPct.value != null) {
    if (eff.localisationTargetYear.value == null) leave('no-localisation-year', 'a localisation target but no target year', ['localisation']);
    if (p.localisationCurrentPct == null) leave('no-localisation-current', 'a localisation target but no current localisation share', ['localisation']);
  }
  return out;
}
