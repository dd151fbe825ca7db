import type { Project, ProjectCategory, ProjectStage } from '../schema';
import type { Explained, GlobalsExplained } from './resolve';

/**
 * The fields of a project the engine reads. A stored Project record is one, so the handlers and the
 * renderer pass records as they are; unknown values are null, as in the store.
 */
export type ProjectInput = Pick<
  Project,
  | 'id'
  | 'name'
  | 'clusterId'
  | 'country'
  | 'category'
  | 'stage'
  | 'signedOn'
  | 'startYear'
  | 'abatementKt'
  | 'abatementLowKt'
  | 'abatementHighKt'
  | 'capex'
  | 'capexLow'
  | 'capexHigh'
  | 'capexCurrency'
  | 'rampUpYears'
  | 'jobsConstruction'
  | 'jobsPermanent'
  | 'localisationCurrentPct'
  | 'localisationTargetPct'
  | 'localisationTargetYear'
>;

/** Global assumptions of a scenario. Every one has a documented default (defaults.ts). */
export interface Assumptions {
  /** Probability of success per stage, in per cent (0-100). */
  stageProbabilityPct: Record<ProjectStage, number>;
  /** Ramp-up years for a project whose record gives none. */
  rampUpYears: number;
  /** Multiplies every project's annual abatement. */
  abatementFactor: number;
  /** Multiplies every project's capex. */
  capexFactor: number;
  /** Years of construction before the start year; capex and construction jobs fall in them. */
  buildYears: number;
  /** Years added to every project's start year. */
  delayYears: number;
  /** Only projects at this stage or later count ("only projects past FID"); null counts every stage. */
  minStage: ProjectStage | null;
  /** Only projects with a signing date count ("all signed projects"). */
  signedOnly: boolean;
  /** Currency of capex results (ISO 4217); capex in another currency is left out, never converted. */
  currency: string;
}

/** What a scenario sets of the global assumptions; anything left out is inherited. */
export type AssumptionsInput = Partial<Omit<Assumptions, 'stageProbabilityPct'>> & {
  stageProbabilityPct?: Partial<Record<ProjectStage, number>>;
};

/** What a scenario may override for one project, or for every project of one cluster. */
export interface Override {
  include: boolean;
  delayYears: number;
  startYear: number;
  abatementFactor: number;
  capexFactor: number;
  rampUpYears: number;
  /** Per cent, 0-100, like the stage table, so an analyst types the same unit everywhere. */
  probabilityPct: number;
  localisationTargetPct: number;
  localisationTargetYear: number;
  /**
   * A value the project record lacks, or another value to test, assumed by the scenario: annual
   * abatement (kt CO2e/yr), capex (in the results currency), jobs and the current localisation
   * share. An assumed value has no low/high range.
   */
  abatementKt: number;
  capex: number;
  jobsConstruction: number;
  jobsPermanent: number;
  localisationCurrentPct: number;
}

export type OverrideField = keyof Override;

export const overrideFields: readonly OverrideField[] = [
  'include',
  'delayYears',
  'startYear',
  'abatementFactor',
  'capexFactor',
  'rampUpYears',
  'probabilityPct',
  'localisationTargetPct',
  'localisationTargetYear',
  'abatementKt',
  'capex',
  'jobsConstruction',
  'jobsPermanent',
  'localisationCurrentPct',
];

export interface ScenarioDef {
  id: number;
  name: string;
  parentId: number | null;
  horizonStart: number;
  horizonEnd: number;
  assumptions: AssumptionsInput;
  projectOverrides: Readonly<Record<number, Partial<Override>>>;
  clusterOverrides: Readonly<Record<number, Partial<Override>>>;
}

export type IssueCode =
  | 'cycle'
  | 'missing-parent'
  | 'broken-chain'
  | 'horizon'
  | 'probability'
  | 'factor'
  | 'amount'
  | 'years'
  | 'percent'
  | 'include'
  | 'stage'
  | 'currency'
  | 'unknown-field'
  | 'unknown-project'
  | 'duplicate-project'
  | 'inverted-range'
  | 'target-unit'
  | 'monte-carlo'
  | 'tornado'
  | 'compare';

/** An error stops the run; a warning is shown beside the results. */
export interface Issue {
  severity: 'error' | 'warning';
  code: IssueCode;
  message: string;
  scenarioId?: number;
  projectId?: number;
  clusterId?: number;
  field?: string;
}

/** Results that need values a project may lack; a project may be left out of some and counted in others. */
export const resultGroups = ['abatement', 'capex', 'jobsConstruction', 'jobsPermanent', 'operatingProjects', 'localisation'] as const;
export type ResultGroup = (typeof resultGroups)[number];

export type ExclusionCode =
  | 'left-out'
  | 'cancelled'
  | 'before-min-stage'
  | 'not-signed'
  | 'no-start-year'
  | 'no-abatement'
  | 'no-capex'
  | 'capex-currency'
  | 'no-jobs-construction'
  | 'no-jobs-permanent'
  | 'no-localisation-current'
  | 'no-localisation-year';

/** A project left out of some results (or of all), and why, in words a briefing can print. */
export interface ExcludedProject {
  projectId: number;
  name: string;
  results: ResultGroup[];
  code: ExclusionCode;
  reason: string;
}

/** Quantities that add up over projects; each comes nominal and risk-weighted. */
export const additiveMetrics = ['abatement', 'capex', 'jobsConstruction', 'jobsPermanent', 'operatingProjects'] as const;
export type AdditiveMetric = (typeof additiveMetrics)[number];

export const metrics = [
  'abatementNominal',
  'abatementRiskWeighted',
  'cumulativeNominal',
  'cumulativeRiskWeighted',
  'capexNominal',
  'capexRiskWeighted',
  'jobsConstructionNominal',
  'jobsConstructionRiskWeighted',
  'jobsPermanentNominal',
  'jobsPermanentRiskWeighted',
  'operatingProjectsNominal',
  'operatingProjectsRiskWeighted',
  'localisationPct',
  'localisationProjects',
] as const;
export type Metric = (typeof metrics)[number];

/** One value per horizon year for every metric. localisationPct is NaN in a year with no project to average. */
export type Series = Record<Metric, Float64Array>;

export interface GroupResult<K> {
  key: K;
  /** Projects of the group counted in the results (not left out as a whole). */
  projects: number;
  series: Series;
}

/**
 * One project as the method sees it in one scenario: effective values after overrides with their
 * provenance, factors applied, and NaN for a value the project lacks (it is then left out of that
 * result). projectSeries() turns it into yearly values.
 */
export interface ProjectModel {
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

export interface ScenarioResult {
  scenarioId: number;
  scenarioName: string;
  years: number[];
  /** The global assumptions in force, each with where it comes from. */
  assumptions: GlobalsExplained;
  totals: Series;
  rollups: {
    /** null is the group of projects with no cluster. */
    cluster: GroupResult<number | null>[];
    country: GroupResult<string>[];
    category: GroupResult<ProjectCategory>[];
  };
  /** Every distinct project in input order, left out or not; projectSeries(result, i) gives its years. */
  projects: ProjectModel[];
  excluded: ExcludedProject[];
  /** Warnings only: an error stops the run instead. */
  issues: Issue[];
}

export type Outcome<T> = { ok: true; result: T } | { ok: false; issues: Issue[] };

export interface RunOptions {
  /** Cluster names for messages; a cluster without one is named by its id. */
  clusterNames?: Readonly<Record<number, string>>;
}

export type TargetMetric = 'abatement' | 'cumulative_abatement' | 'capex' | 'jobs' | 'localisation';

export type Target = {
  id: number;
  name: string;
  metric: TargetMetric;
  year: number;
  value: number;
  unit: string;
} & ({ scope: 'country'; country: string } | { scope: 'cluster'; clusterId: number });
