import { z } from 'zod';
import {
  AgreementKind,
  AgreementPartyRow,
  Id,
  IndicatorRow,
  PartialDate,
  ProjectCategory,
  ProjectRole,
  ProjectRoleRow,
  ProjectStage,
  Ref,
  SourceLinkRow,
} from '../../schema';
import { ById, read } from '../method-spec';

const ProjectSummary = z.object({ id: Id, name: z.string(), stage: ProjectStage, category: ProjectCategory });
const AgreementSummary = z.object({ id: Id, title: z.string(), kind: AgreementKind, signedOn: PartialDate.nullable() });

/** A record joined to the records around it, for detail views and briefings. */
export const relationMethods = {
  'clusters.relations': read(
    ById,
    z.object({
      initiative: Ref.nullable(),
      leadPartner: Ref.nullable(),
      projects: z.array(ProjectSummary),
      partners: z.array(Ref.extend({ roles: z.array(ProjectRole) })),
      agreements: z.array(AgreementSummary),
      sources: z.array(SourceLinkRow),
      indicators: z.array(IndicatorRow),
    }),
  ),
  'projects.relations': read(
    ById,
    z.object({
      cluster: Ref.nullable(),
      roles: z.array(ProjectRoleRow),
      agreements: z.array(AgreementSummary),
      sources: z.array(SourceLinkRow),
    }),
  ),
  'partners.relations': read(
    ById,
    z.object({
      parent: Ref.nullable(),
      children: z.array(Ref),
      roles: z.array(ProjectRoleRow),
      agreements: z.array(AgreementPartyRow),
      sources: z.array(SourceLinkRow),
    }),
  ),
  'agreements.relations': read(
    ById,
    z.object({
      parties: z.array(AgreementPartyRow),
      projects: z.array(Ref),
      clusters: z.array(Ref),
      sources: z.array(SourceLinkRow),
    }),
  ),
  'sources.relations': read(
    ById,
    z.object({ links: z.array(SourceLinkRow), indicators: z.array(IndicatorRow) }),
  ),
};
