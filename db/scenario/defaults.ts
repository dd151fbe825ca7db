import { projectStages, type ProjectStage } from '../schema/enums';
import type { Assumptions } from './types';

/**
 * The defaults a scenario starts from, listed in the README so a briefing can quote them. Every one
 * may be overridden by a scenario; a value taken from here is shown with provenance 'default'.
 */
export const defaultStageProbabilityPct: Readonly<Record<ProjectStage, number>> = Object.freeze({
  idea: 10,
  mou: 20,
  feasibility: 40,
  fid: 70,
  construction: 90,
  operational: 100,
  cancelled: 0,
});

export const defaultAssumptions: Readonly<Assumptions> = Object.freeze({
  stageProbabilityPct: defaultStageProbabilityPct,
  // No ramp-up on record: the stated annual abatement is taken at face value from the start year.
  rampUpYears: 0,
  abatementFactor: 1,
  capexFactor: 1,
  // Three years is a common build time for the plants analysts track; a scenario changes it in one place.
  buildYears: 3,
  delayYears: 0,
  minStage: null,
  signedOnly: false,
  currency: 'USD',
});

/** Stages in pipeline order; cancelled stands apart and never reaches a minimum stage. */
export const stageRank = (stage: ProjectStage): number => (stage === 'cancelled' ? -1 : projectStages.indexOf(stage));
