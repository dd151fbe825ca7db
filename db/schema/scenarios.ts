import { z } from 'zod';
import type { AssumptionsInput, Override, OverrideField, ProjectInput } from '../scenario/types';
import { ProjectCategory, ProjectStage, projectStages } from './enums';
import { Country, Currency, Id, Name, NonNegative, PartialDate, Percent, RecordMeta, Text, Year, opt } from './primitives';
import type { FieldIssue } from './rules';

const Years = (max: number) => z.int('must be a whole number of years').min(0, 'must not be negative').max(max, `must be ${max} years or fewer`);
const Count = z.int('must be a whole number').min(0, 'must not be negative');

/** A minimum stage is a stage of the pipeline; cancelled is never reached. */
export const MinStage = ProjectStage.exclude(['cancelled']);

/**
 * The global assumptions a scenario sets, as the engine reads them (db/scenario Assumptions). A key
 * left out is inherited from the parent, or the default; minStage null means "every stage" even
 * where a parent sets one.
 */
export const ScenarioAssumptions = z.strictObject({
  stageProbabilityPct: z.strictObject(Object.fromEntries(projectStages.map((s) => [s, Percent.optional()])) as Record<ProjectStage, z.ZodOptional<typeof Percent>>).optional(),
  rampUpYears: Years(30).optional(),
  abatementFactor: NonNegative.optional(),
  capexFactor: NonNegative.optional(),
  buildYears: Years(30).optional(),
  delayYears: Years(100).optional(),
  minStage: MinStage.nullable().optional(),
  signedOnly: z.boolean().optional(),
  currency: Currency.optional(),
}) satisfies z.ZodType<AssumptionsInput>;
export type ScenarioAssumptions = z.infer<typeof ScenarioAssumptions>;

/** One value a scenario may override for a project or a cluster, field by field as the engine names them. */
export const overrideValueSchemas = {
  include: z.boolean('must be true or false'),
  delayYears: Years(100),
  startYear: Year,
  abatementFactor: NonNegative,
  capexFactor: NonNegative,
  rampUpYears: Years(30),
  probabilityPct: Percent,
  localisationTargetPct: Percent,
  localisationTargetYear: Year,
  abatementKt: NonNegative,
  capex: NonNegative,
  jobsConstruction: Count,
  jobsPermanent: Count,
  localisationCurrentPct: Percent,
} satisfies { [K in OverrideField]: z.ZodType<Override[K]> };

// The engine's list of fields and this one must be the same: a field added to one only does not compile.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const overrideFieldsMatch: SameKeys<keyof typeof overrideValueSchemas, OverrideField> = true;

export const OverrideFieldName = z.enum(Object.keys(overrideValueSchemas) as [OverrideField, ...OverrideField[]]);

/** The overrides of one project or cluster, as the engine takes them. */
export const OverrideValues = z.strictObject(
  Object.fromEntries(Object.entries(overrideValueSchemas).map(([k, s]) => [k, s.optional()])) as {
    [K in OverrideField]: z.ZodOptional<(typeof overrideValueSchemas)[K]>;
  },
);

/** A change to one subject's overrides: a value sets the field, null removes it so the value is inherited again. */
export const OverridePatch = z.strictObject(
  Object.fromEntries(Object.entries(overrideValueSchemas).map(([k, s]) => [k, s.nullable().optional()])) as {
    [K in OverrideField]: z.ZodOptional<z.ZodNullable<(typeof overrideValueSchemas)[K]>>;
  },
);
export type OverridePatch = z.infer<typeof OverridePatch>;

/** A scenario's own fields; its overrides are written by their own methods. */
export const ScenarioFields = z.strictObject({
  name: Name,
  description: opt(Text(5000)),
  parentId: opt(Id),
  horizonStart: Year,
  horizonEnd: Year,
  assumptions: ScenarioAssumptions.optional(),
  /** The scenario's numbers are not from a source (the sample's scenarios): shown as illustrative everywhere. */
  illustrative: z.boolean().optional(),
});

export const Scenario = RecordMeta.extend({
  name: z.string(),
  description: z.string().nullable(),
  parentId: Id.nullable(),
  horizonStart: Year,
  horizonEnd: Year,
  assumptions: ScenarioAssumptions,
  illustrative: z.boolean(),
});
export type Scenario = z.infer<typeof Scenario>;

/** One stored override with its note (the sample notes why a value is illustrative). */
export const OverrideRow = z.object({
  id: Id,
  scenarioId: Id,
  projectId: Id.nullable(),
  clusterId: Id.nullable(),
  field: OverrideFieldName,
  value: z.union([z.number(), z.boolean()]),
  note: z.string().nullable(),
});
export type OverrideRow = z.infer<typeof OverrideRow>;

/** A horizon is read as a whole: an end before the start names the end, the field the analyst types last. */
export function scenarioFieldIssues(s: { horizonStart: number; horizonEnd: number }): FieldIssue[] {
  return s.horizonEnd < s.horizonStart
    ? [{ field: 'horizonEnd', message: `ends (${s.horizonEnd}) before the horizon starts (${s.horizonStart})`, code: 'horizonOrder' }]
    : [];
}

export const targetMetrics = ['abatement', 'cumulative_abatement', 'capex', 'jobs', 'localisation'] as const;
export const TargetMetric = z.enum(targetMetrics);
export const TargetScope = z.enum(['country', 'cluster']);

export const TargetFields = z.strictObject({
  name: Name,
  scopeType: TargetScope,
  country: opt(Country),
  clusterId: opt(Id),
  metric: TargetMetric,
  year: Year,
  value: z.number('must be a number').finite(),
  unit: z.string().trim().min(1, 'is required').max(50, 'is longer than 50 characters'),
});

export const TargetRecord = RecordMeta.extend({
  name: z.string(),
  scopeType: TargetScope,
  country: Country.nullable(),
  clusterId: Id.nullable(),
  metric: TargetMetric,
  year: Year,
  value: z.number(),
  unit: z.string(),
});
export type TargetRecord = z.infer<typeof TargetRecord>;

/** A country target names a country and no cluster; a cluster target a cluster and no country. */
export function targetIssues(t: { scopeType: string; country: string | null; clusterId: number | null }): FieldIssue[] {
  if (t.scopeType === 'country') {
    if (t.country == null) return [{ field: 'country', message: 'is required for a country target', code: 'targetCountry' }];
    if (t.clusterId != null) return [{ field: 'clusterId', message: 'must be empty for a country target', code: 'targetScope' }];
  } else {
    if (t.clusterId == null) return [{ field: 'clusterId', message: 'is required for a cluster target', code: 'targetCluster' }];
    if (t.country != null) return [{ field: 'country', message: 'must be empty for a cluster target', code: 'targetScope' }];
  }
  return [];
}

/** What a comparison charts: each comes nominal and risk-weighted, except localisation. */
export const comparisonMetrics = ['abatement', 'cumulative', 'capex', 'jobs', 'operatingProjects', 'localisation'] as const;
export const ComparisonMetric = z.enum(comparisonMetrics);
export type ComparisonMetric = z.infer<typeof ComparisonMetric>;

/** The choices saved with a comparison, so a briefing draws the same charts and the same Monte Carlo run. */
export const ComparisonSettings = z.strictObject({
  metric: ComparisonMetric,
  riskWeighted: z.boolean(),
  /** The year of the tornado and the difference in focus; null is the last year shared by the horizons. */
  year: Year.nullable(),
  /** The scenario whose P10-P90 fan and tornado are drawn; null is the first. */
  focusScenarioId: Id.nullable(),
  seed: z.int().min(0).max(0xffffffff),
  draws: z.int().min(100, 'must be 100 or more').max(20_000, 'must be 20,000 or fewer'),
});
export type ComparisonSettings = z.infer<typeof ComparisonSettings>;

export const defaultComparisonSettings: ComparisonSettings = Object.freeze({
  metric: 'abatement',
  riskWeighted: true,
  year: null,
  focusScenarioId: null,
  seed: 1,
  draws: 2000,
});

export const ComparisonScenarioIds = z
  .array(Id)
  .min(2, 'a comparison shows 2 to 4 scenarios')
  .max(4, 'a comparison shows 2 to 4 scenarios')
  .refine((ids) => new Set(ids).size === ids.length, 'names a scenario twice');

export const ComparisonFields = z.strictObject({
  name: Name,
  scenarioIds: ComparisonScenarioIds,
  settings: ComparisonSettings.optional(),
});

export const ComparisonRecord = RecordMeta.extend({
  name: z.string(),
  scenarioIds: z.array(Id),
  settings: ComparisonSettings,
});
export type ComparisonRecord = z.infer<typeof ComparisonRecord>;

/** A project as the engine reads it: every value present, null when unknown (db/scenario ProjectInput). */
export const ProjectInputRow = z.object({
  id: Id,
  name: z.string(),
  clusterId: Id.nullable(),
  country: Country,
  category: ProjectCategory,
  stage: ProjectStage,
  signedOn: PartialDate.nullable(),
  startYear: Year.nullable(),
  abatementKt: z.number().nullable(),
  abatementLowKt: z.number().nullable(),
  abatementHighKt: z.number().nullable(),
  capex: z.number().nullable(),
  capexLow: z.number().nullable(),
  capexHigh: z.number().nullable(),
  capexCurrency: z.string().nullable(),
  rampUpYears: z.int().nullable(),
  jobsConstruction: z.int().nullable(),
  jobsPermanent: z.int().nullable(),
  localisationCurrentPct: z.number().nullable(),
  localisationTargetPct: z.number().nullable(),
  localisationTargetYear: z.int().nullable(),
}) satisfies z.ZodType<ProjectInput>;

/** A scenario as the engine takes it (db/scenario ScenarioDef): overrides keyed by project or cluster id. */
export const ScenarioDefRow = z.object({
  id: Id,
  name: z.string(),
  parentId: Id.nullable(),
  horizonStart: Year,
  horizonEnd: Year,
  assumptions: ScenarioAssumptions,
  projectOverrides: z.record(z.string(), OverrideValues),
  clusterOverrides: z.record(z.string(), OverrideValues),
  illustrative: z.boolean(),
});
export type ScenarioDefRow = z.infer<typeof ScenarioDefRow>;

/** A target as the engine takes it, and whether a source backs it (one without is an assumption). */
export const EngineTarget = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('country'), country: Country }),
  z.object({ scope: z.literal('cluster'), clusterId: Id }),
]).and(z.object({ id: Id, name: z.string(), metric: TargetMetric, year: Year, value: z.number(), unit: z.string(), sourced: z.boolean() }));
export type EngineTarget = z.infer<typeof EngineTarget>;

/** Everything the engine needs to run scenarios, so the renderer computes while the analyst types. */
export const ScenarioInputs = z.object({
  projects: z.array(ProjectInputRow),
  clusters: z.array(z.object({ id: Id, name: z.string() })),
  /** The scenarios asked for and every parent of theirs. */
  scenarios: z.array(ScenarioDefRow),
  targets: z.array(EngineTarget),
});
export type ScenarioInputs = z.infer<typeof ScenarioInputs>;
