import { z } from 'zod';
import {
  AgreementFields,
  BriefingTemplate,
  ClusterFields,
  Country,
  Id,
  IndicatorSubject,
  InitiativeFields,
  LinkableEntity,
  Locale,
  PartialDate,
  PartnerFields,
  Percent,
  ProjectFields,
  ProjectRole,
  RecordMeta,
  SourceFields,
  Year,
} from '../schema';

/** The format of a JSON archive; bumped when its shape changes, independently of the SQL schema. */
export const ARCHIVE_FORMAT = 'clusterdesk-archive';
export const ARCHIVE_FORMAT_VERSION = 1;

const meta = RecordMeta.shape;
const nullableText = z.string().nullable();
const json = z.json();

/**
 * One zod schema per archived table, a row as the archive holds it: camelCase columns, JSON columns
 * parsed. Strict, so an archive with columns this version does not know is refused, not half read.
 * A test checks that these match the SQL tables column for column.
 */
export const archiveRowSchemas = {
  meta: z.strictObject({ key: z.string(), value: z.string() }),
  initiatives: InitiativeFields.extend(meta),
  sources: SourceFields.extend(meta),
  partners: PartnerFields.extend(meta),
  clusters: ClusterFields.extend(meta),
  projects: ProjectFields.extend(meta),
  project_roles: z.strictObject({ id: Id, projectId: Id, partnerId: Id, role: ProjectRole, sharePct: Percent.nullable() }),
  agreements: AgreementFields.extend(meta),
  agreement_parties: z.strictObject({ id: Id, agreementId: Id, partnerId: Id, signatoryName: nullableText, signatoryTitle: nullableText }),
  agreement_links: z.strictObject({ id: Id, agreementId: Id, projectId: Id.nullable(), clusterId: Id.nullable() }),
  source_links: z.strictObject({ id: Id, sourceId: Id, entityType: LinkableEntity, entityId: Id, field: nullableText, note: nullableText }),
  indicator_observations: z.strictObject({
    ...meta,
    subjectType: IndicatorSubject,
    subjectId: Id.nullable(),
    country: Country.nullable(),
    metric: z.string().trim().min(1),
    year: Year,
    observedOn: PartialDate.nullable(),
    value: z.number().finite(),
    unit: z.string(),
    sourceId: Id.nullable(),
  }),
  scenarios: z.strictObject({
    ...meta,
    name: z.string().trim().min(1),
    description: nullableText,
    parentId: Id.nullable(),
    horizonStart: Year,
    horizonEnd: Year,
    assumptions: z.record(z.string(), json),
    illustrative: z.union([z.literal(0), z.literal(1)]),
  }),
  scenario_overrides: z.strictObject({
    id: Id,
    scenarioId: Id,
    projectId: Id.nullable(),
    clusterId: Id.nullable(),
    field: z.string(),
    value: json,
    note: nullableText,
  }),
  targets: z.strictObject({
    ...meta,
    name: z.string().trim().min(1),
    scopeType: z.enum(['country', 'cluster']),
    country: Country.nullable(),
    clusterId: Id.nullable(),
    metric: z.enum(['abatement', 'cumulative_abatement', 'capex', 'jobs', 'localisation']),
    year: Year,
    value: z.number().finite(),
    unit: z.string(),
  }),
  briefings: z.strictObject({
    ...meta,
    name: z.string().trim().min(1),
    template: BriefingTemplate,
    subjects: z.record(z.string(), json),
    language: Locale,
    marking: z.string(),
    author: nullableText,
    date: z.string().nullable().optional(),
  }),
  briefing_exports: z.strictObject({
    id: Id,
    briefingId: Id,
    file: z.string(),
    exportedAt: z.string(),
    workspaceVersion: z.int(),
    language: Locale.nullable().optional(),
    pages: z.int().nullable().optional(),
  }),
};

export type ArchiveTable = keyof typeof archiveRowSchemas;

/** In an order that inserts referenced rows first (foreign keys are also deferred, for self-references). */
export const archiveTables = Object.keys(archiveRowSchemas) as ArchiveTable[];

/** Columns that hold JSON text in SQLite and parsed values in the archive. */
export const jsonColumns: Partial<Record<ArchiveTable, readonly string[]>> = {
  clusters: ['sectors'],
  scenarios: ['assumptions'],
  scenario_overrides: ['value'],
  briefings: ['subjects'],
};

export const Archive = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  schemaVersion: z.int().min(1),
  exportedAt: z.string(),
  tables: z.strictObject(
    Object.fromEntries(archiveTables.map((t) => [t, z.array(archiveRowSchemas[t])])) as { [T in ArchiveTable]: z.ZodArray<(typeof archiveRowSchemas)[T]> },
  ),
});
export type Archive = z.infer<typeof Archive>;
