import type { Outcome, ProjectInput, ScenarioDef } from '../../../db/scenario';

/** A project with every optional value unknown, as the store returns it, and the given values. */
export function project(id: number, values: Partial<ProjectInput> = {}): ProjectInput {
  return {
    id,
    name: `Project ${id}`,
    clusterId: null,
    country: 'AZ',
    category: 'hydrogen',
    stage: 'operational',
    signedOn: null,
    startYear: null,
    abatementKt: null,
    abatementLowKt: null,
    abatementHighKt: null,
    capex: null,
    capexLow: null,
    capexHigh: null,
    capexCurrency: null,
    rampUpYears: null,
    jobsConstruction: null,
    jobsPermanent: null,
    localisationCurrentPct: null,
    localisationTargetPct: null,
    localisationTargetYear: null,
    ...values,
  };
}

/** A scenario over 2025-2030 with no assumptions of its own, and the given values. */
export function scenario(id: number, values: Partial<ScenarioDef> = {}): ScenarioDef {
  return {
    id,
    name: `Scenario ${id}`,
    parentId: null,
    horizonStart: 2025,
    horizonEnd: 2030,
    assumptions: {},
    projectOverrides: {},
    clusterOverrides: {},
    ...values,
  };
}

export function ok<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`expected a result, got: ${outcome.issues.map((i) => i.message).join(' | ')}`);
  return outcome.result;
}

export function failed<T>(outcome: Outcome<T>) {
  if (outcome.ok) throw new Error('expected issues, got a result');
  return outcome.issues;
}

export const list = (a: ArrayLike<number>) => Array.from(a);

/** Compares number lists to 9 decimals, so hand-worked decimals like 2/3 can be written as fractions. */
export const close = (a: ArrayLike<number>) => Array.from(a, (x) => (Number.isNaN(x) ? NaN : Math.round(x * 1e9) / 1e9));
