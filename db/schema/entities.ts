import { z } from 'zod';
import {
  AgreementKind,
  AgreementStatus,
  ClusterKind,
  Confidence,
  IndicatorSubject,
  PartnerKind,
  ProjectCategory,
  ProjectStage,
  Sector,
} from './enums';
import { Country, Currency, Id, Name, NonNegative, PartialDate, Percent, Text, Url, Year, opt, RecordMeta } from './primitives';

/**
 * Each entity is declared once as its editable fields. Create inputs, update patches and stored
 * records all derive from these, so a new field is added in one place.
 */
export const ClusterFields = z.strictObject({
  name: Name,
  nameLocal: opt(Text(300)),
  country: Country,
  location: opt(Text(300)),
  kind: ClusterKind,
  sectors: z.array(Sector).max(20).optional(),
  leadPartnerId: opt(Id),
  initiativeId: opt(Id),
  joinedOn: opt(PartialDate),
  joinedEvent: opt(Text(300)),
  netZeroCommitment: opt(Text(500)),
  baselineMt: opt(NonNegative),
  baselineYear: opt(Year),
  reductionPotentialMt: opt(NonNegative),
  gdpUsdBn: opt(NonNegative),
  jobs: opt(z.int().min(0)),
  notes: opt(Text(5000)),
});

export const ProjectFields = z.strictObject({
  name: Name,
  clusterId: opt(Id),
  country: Country,
  category: ProjectCategory,
  stage: ProjectStage,
  signedOn: opt(PartialDate),
  fidOn: opt(PartialDate),
  startYear: opt(Year),
  capex: opt(NonNegative),
  capexLow: opt(NonNegative),
  capexHigh: opt(NonNegative),
  capexCurrency: opt(Currency),
  capexPriceYear: opt(Year),
  abatementKt: opt(NonNegative),
  abatementLowKt: opt(NonNegative),
  abatementHighKt: opt(NonNegative),
  rampUpYears: opt(z.int().min(0).max(30)),
  jobsConstruction: opt(z.int().min(0)),
  jobsPermanent: opt(z.int().min(0)),
  localisationCurrentPct: opt(Percent),
  localisationTargetPct: opt(Percent),
  localisationTargetYear: opt(Year),
  confidence: opt(Confidence),
  notes: opt(Text(5000)),
});

export const PartnerFields = z.strictObject({
  name: Name,
  shortName: opt(Text(100)),
  kind: PartnerKind,
  country: opt(Country),
  parentId: opt(Id),
  notes: opt(Text(5000)),
});

export const AgreementFields = z.strictObject({
  title: Name,
  kind: AgreementKind,
  signedOn: opt(PartialDate),
  event: opt(Text(300)),
  status: AgreementStatus,
  notes: opt(Text(5000)),
});

export const SourceFields = z.strictObject({
  title: Name,
  publisher: opt(Text(300)),
  publishedOn: opt(PartialDate),
  language: opt(z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as en, az, ru or ar')),
  url: opt(Url),
  file: opt(Text(1000)),
  reliability: opt(Text(1000)),
});

export const InitiativeFields = z.strictObject({
  name: Name,
  organiser: opt(Text(300)),
  launchedOn: opt(PartialDate),
  launchedEvent: opt(Text(300)),
  description: opt(Text(5000)),
});

/**
 * A dated value of a metric (an initiative's totals, a cluster's jobs, a country's emissions): its own
 * editable table. The subject is a record named by type and id, or a country for subject type 'country'.
 */
export const IndicatorFields = z.strictObject({
  subjectType: IndicatorSubject,
  subjectId: opt(Id),
  country: opt(Country),
  metric: z.string().trim().min(1, 'is required').max(200, 'is longer than 200 characters'),
  year: Year,
  observedOn: opt(PartialDate),
  value: z.number('must be a number').finite(),
  unit: z.string().trim().min(1, 'is required').max(50, 'is longer than 50 characters'),
  sourceId: opt(Id),
});

type Nullable<T> = { [K in keyof T]-?: Exclude<T[K], undefined> | (undefined extends T[K] ? null : never) };

/** A stored record: every optional field present, as null when unknown. */
const stored = <S extends z.ZodObject>(fields: S) =>
  RecordMeta.extend(
    Object.fromEntries(
      Object.entries(fields.shape).map(([k, v]) => [k, (v as z.ZodType).optional().transform((x) => x ?? null)]),
    ),
  ) as unknown as z.ZodType<z.infer<typeof RecordMeta> & Nullable<z.infer<S>>>;

export const Cluster = stored(ClusterFields);
export const Project = stored(ProjectFields);
export const Partner = stored(PartnerFields);
export const Agreement = stored(AgreementFields);
export const Source = stored(SourceFields);
export const Initiative = stored(InitiativeFields);
export const Observation = stored(IndicatorFields);

export type Cluster = z.infer<typeof Cluster>;
export type Project = z.infer<typeof Project>;
export type Partner = z.infer<typeof Partner>;
export type Agreement = z.infer<typeof Agreement>;
export type Source = z.infer<typeof Source>;
export type Initiative = z.infer<typeof Initiative>;
export type Observation = z.infer<typeof Observation>;

/** The entities with list/get/create/update/delete methods, and the fields of each. */
export const entityFields = {
  clusters: ClusterFields,
  projects: ProjectFields,
  partners: PartnerFields,
  agreements: AgreementFields,
  sources: SourceFields,
} as const;

export type EntityName = keyof typeof entityFields;
export const entityNames = Object.keys(entityFields) as EntityName[];

export interface EntityRecords {
  clusters: Cluster;
  projects: Project;
  partners: Partner;
  agreements: Agreement;
  sources: Source;
}
