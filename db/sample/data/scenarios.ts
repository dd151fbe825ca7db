import type { Override } from '../../scenario/types';
import type { ScenarioAssumptions } from '../../schema';
import type { ProjectKey } from './projects';

/**
 * The sample's three scenarios. The seeds give no start year, abatement, capex or jobs for any
 * project, so every number here is an assumption made up to show the method, stored in the
 * scenario (never in a project record), marked illustrative, with no source. The one figure from a
 * source, the bus project's 40 % localisation by 2030, stays in its record and is used from there.
 */
/** Declared ahead so a parent is checked as a key; a parent must come before its children. */
export type ScenarioKey = 'onTime' | 'batteryDelay' | 'pastFid';

export interface ScenarioSeed {
  name: string;
  description: string;
  parent?: ScenarioKey;
  horizonStart: number;
  horizonEnd: number;
  assumptions: ScenarioAssumptions;
  projects?: Partial<Record<ProjectKey, Partial<Override>>>;
}

export const ILLUSTRATIVE_NOTE = 'Illustrative assumption for the sample workspace; no source gives this value.';

export const SCENARIOS = {
  onTime: {
    name: 'All signed projects on time',
    description:
      'Every project signed at COP29 starts operating in the year assumed here and ramps up over two years. ' +
      'Illustrative: the start years, annual abatement and the bus project’s current localisation share are ' +
      'assumptions made for the sample, not figures from a source.',
    horizonStart: 2025,
    horizonEnd: 2040,
    assumptions: { signedOnly: true, rampUpYears: 2 },
    projects: {
      busLocalisation: { startYear: 2027, abatementKt: 10, localisationCurrentPct: 10 },
      depositSystem: { startYear: 2026, abatementKt: 20 },
      carbonTechnologies: { startYear: 2028, abatementKt: 50 },
      batteryFacility: { startYear: 2027, abatementKt: 100 },
      wasteMonetization: { startYear: 2028, abatementKt: 40 },
    },
  },
  batteryDelay: {
    name: 'Two-year delay of the battery plant',
    description:
      'As “All signed projects on time”, with the energy battery manufacturing facility starting two years late. ' +
      'Illustrative: the delay is an assumption for the sample.',
    parent: 'onTime',
    horizonStart: 2025,
    horizonEnd: 2040,
    assumptions: {},
    projects: { batteryFacility: { delayYears: 2 } },
  },
  pastFid: {
    name: 'Only projects past FID',
    description:
      'As “All signed projects on time”, counting only projects that have reached a final investment decision. ' +
      'No sample project has: every one is at the MoU stage or earlier, so this scenario shows what a briefing ' +
      'can say with certainty today.',
    parent: 'onTime',
    horizonStart: 2025,
    horizonEnd: 2040,
    assumptions: { minStage: 'fid' },
  },
} satisfies Record<ScenarioKey, ScenarioSeed>;

/**
 * No seed states a national abatement target, so the sample's one target is an assumption: named
 * as such and left without a source, which the app shows as an assumption.
 */
export const TARGETS = {
  azAbatement2030: {
    name: 'Illustrative: abatement of Azerbaijan’s projects in 2030',
    scopeType: 'country',
    country: 'AZ',
    metric: 'abatement',
    year: 2030,
    value: 0.2,
    unit: 'Mt CO2e/yr',
  },
} as const;
