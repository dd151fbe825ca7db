import { z } from 'zod';
import { IndicatorSubject, LinkableEntity, ProjectRole, ProjectStage } from './enums';
import { Country, Id, PartialDate, Percent, Text, Year } from './primitives';

export const ProjectRoleRow = z.object({
  id: Id,
  projectId: Id,
  projectName: z.string(),
  projectStage: ProjectStage,
  partnerId: Id,
  partnerName: z.string(),
  role: ProjectRole,
  sharePct: Percent.nullable(),
});
export type ProjectRoleRow = z.infer<typeof ProjectRoleRow>;

export const AgreementPartyRow = z.object({
  id: Id,
  agreementId: Id,
  agreementTitle: z.string(),
  agreementSignedOn: PartialDate.nullable(),
  partnerId: Id,
  partnerName: z.string(),
  signatoryName: z.string().nullable(),
  signatoryTitle: z.string().nullable(),
});
export type AgreementPartyRow = z.infer<typeof AgreementPartyRow>;

export const SourceLinkRow = z.object({
  id: Id,
  sourceId: Id,
  sourceTitle: z.string(),
  sourcePublisher: z.string().nullable(),
  sourcePublishedOn: z.string().nullable(),
  entityType: LinkableEntity,
  entityId: Id,
  entityName: z.string(),
  field: z.string().nullable(),
  note: z.string().nullable(),
});
export type SourceLinkRow = z.infer<typeof SourceLinkRow>;

export const IndicatorRow = z.object({
  id: Id,
  subjectType: IndicatorSubject,
  subjectId: Id.nullable(),
  country: Country.nullable(),
  metric: z.string(),
  year: Year,
  observedOn: PartialDate.nullable(),
  value: z.number(),
  unit: z.string(),
  sourceId: Id.nullable(),
  sourceTitle: z.string().nullable(),
});
export type IndicatorRow = z.infer<typeof IndicatorRow>;

/** A lightweight reference to another record, for lists inside a detail view. */
export const Ref = z.object({ id: Id, name: z.string() });
export type Ref = z.infer<typeof Ref>;

export const ProjectRoleInput = z.strictObject({
  projectId: Id,
  partnerId: Id,
  role: ProjectRole,
  sharePct: Percent.nullable().optional(),
});

export const AgreementPartyInput = z.strictObject({
  agreementId: Id,
  partnerId: Id,
  signatoryName: Text(300).nullable().optional(),
  signatoryTitle: Text(300).nullable().optional(),
});

export const IndicatorInput = z.strictObject({
  subjectType: IndicatorSubject,
  subjectId: Id.nullable().optional(),
  country: Country.nullable().optional(),
  metric: z.string().trim().min(1).max(200),
  year: Year,
  observedOn: PartialDate.nullable().optional(),
  value: z.number().finite(),
  unit: z.string().trim().min(1).max(50),
  sourceId: Id.nullable().optional(),
});

