import { z } from 'zod';
import { Briefing } from './briefings';
import { Cluster, Partner } from './entities';
import { AgreementKind, AgreementStatus, Locale, ProjectCategory, ProjectRole, ProjectStage } from './enums';
import { Ref } from './relations';
import { Country, Id, PartialDate, Year } from './primitives';
import { ComparisonRecord, ScenarioInputs } from './scenarios';

/**
 * Everything one briefing prints, gathered by one read (`briefings.document`), so the print route
 * makes a single call and the PDF shows one consistent state of the workspace. Figures carry the ids
 * of the sources behind them; the renderer numbers the sources and writes the footnotes.
 */
export const Cites = z.array(Id);
export type Cites = z.infer<typeof Cites>;

export const DocSource = z.object({
  id: Id,
  title: z.string(),
  publisher: z.string().nullable(),
  publishedOn: z.string().nullable(),
  language: z.string().nullable(),
  url: z.string().nullable(),
  file: z.string().nullable(),
});
export type DocSource = z.infer<typeof DocSource>;

export const ProjectLine = z.object({
  id: Id,
  name: z.string(),
  country: Country,
  category: ProjectCategory,
  stage: ProjectStage,
  clusterName: z.string().nullable(),
  signedOn: PartialDate.nullable(),
  startYear: Year.nullable(),
  capex: z.number().nullable(),
  capexCurrency: z.string().nullable(),
  abatementKt: z.number().nullable(),
  jobsConstruction: z.int().nullable(),
  jobsPermanent: z.int().nullable(),
  localisationTargetPct: z.number().nullable(),
  localisationTargetYear: Year.nullable(),
  partners: z.array(z.object({ name: z.string(), role: ProjectRole, sharePct: z.number().nullable() })),
  /** Sources of the record as a whole. */
  sources: Cites,
  /** Sources of one field (capex, abatementKt, ...), where a link names the field. */
  fieldSources: z.record(z.string(), Cites),
});
export type ProjectLine = z.infer<typeof ProjectLine>;

export const AgreementLine = z.object({
  id: Id,
  title: z.string(),
  kind: AgreementKind,
  signedOn: PartialDate.nullable(),
  event: z.string().nullable(),
  status: AgreementStatus,
  parties: z.array(z.object({ name: z.string(), signatoryName: z.string().nullable(), signatoryTitle: z.string().nullable() })),
  sources: Cites,
});
export type AgreementLine = z.infer<typeof AgreementLine>;

export const IndicatorPoint = z.object({
  metric: z.string(),
  unit: z.string(),
  year: Year,
  value: z.number(),
  sourceId: Id.nullable(),
});
export type IndicatorPoint = z.infer<typeof IndicatorPoint>;

/** Projects grouped one way (country, category, stage or year signed), each project counted once. */
export const GroupTotal = z.object({
  key: z.string(),
  projects: z.int(),
  /** Capex in US dollars or with no currency stated, as the scenario engine counts it; null when none has one. */
  capexUsd: z.number().nullable(),
  abatementKt: z.number().nullable(),
  jobs: z.int().nullable(),
});
export type GroupTotal = z.infer<typeof GroupTotal>;

export const ClusterContent = z.object({
  template: z.literal('cluster'),
  cluster: Cluster,
  initiative: Ref.nullable(),
  leadPartner: Ref.nullable(),
  sources: Cites,
  fieldSources: z.record(z.string(), Cites),
  projects: z.array(ProjectLine),
  agreements: z.array(AgreementLine),
  indicators: z.array(IndicatorPoint),
  /** The initiative's own series, which put the cluster in context when it has none of its own. */
  initiativeIndicators: z.array(IndicatorPoint),
});

export const PortfolioContent = z.object({
  template: z.literal('portfolio'),
  filters: z.object({
    countries: z.array(Country),
    categories: z.array(ProjectCategory),
    stages: z.array(ProjectStage),
    clusters: z.array(Ref),
  }),
  totals: GroupTotal,
  byCountry: z.array(GroupTotal),
  byCategory: z.array(GroupTotal),
  byStage: z.array(GroupTotal),
  bySignedYear: z.array(GroupTotal),
  /** Ids of the largest projects by capex (then abatement), in that order. */
  largest: z.array(Id),
  projects: z.array(ProjectLine),
  /** Projects whose capex is in a currency other than USD, left out of the capex totals. */
  otherCurrencyProjects: z.int(),
});

export const PartnerContent = z.object({
  template: z.literal('partner'),
  partner: Partner,
  parent: Ref.nullable(),
  children: z.array(Ref),
  sources: Cites,
  projects: z.array(ProjectLine.extend({ roles: z.array(ProjectRole), sharePct: z.number().nullable() })),
  agreements: z.array(AgreementLine.extend({ signatoryName: z.string().nullable(), signatoryTitle: z.string().nullable() })),
});

export const ScenariosContent = z.object({
  template: z.literal('scenarios'),
  comparison: ComparisonRecord,
  inputs: ScenarioInputs,
  /** Sources of each project in the comparison (record and field links), by project id. */
  projectSources: z.record(z.string(), Cites),
  /** The sources of targets that have one, by target id. */
  targetSources: z.record(z.string(), Cites),
});

export const BriefingContent = z.discriminatedUnion('template', [ClusterContent, PortfolioContent, PartnerContent, ScenariosContent]);
export type BriefingContent = z.infer<typeof BriefingContent>;
export type ContentOf<T extends BriefingContent['template']> = Extract<BriefingContent, { template: T }>;

export const BriefingDocument = z.object({
  briefing: Briefing,
  /** The language to print in: the briefing's own unless the export asked for another. */
  language: Locale,
  workspaceVersion: z.int().min(0),
  content: BriefingContent,
  sources: z.array(DocSource),
});
export type BriefingDocument = z.infer<typeof BriefingDocument>;
