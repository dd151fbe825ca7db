import { z } from 'zod';
import {
  AgreementPartyRow,
  Id,
  LinkableEntity,
  Percent,
  ProjectRole,
  ProjectRoleRow,
  SourceLinkRow,
  Text,
} from '../../schema';
import { ById, Deleted, write } from '../method-spec';

const Signatory = { signatoryName: Text(300).nullable().optional(), signatoryTitle: Text(300).nullable().optional() };
const SourceField = z.string().regex(/^[a-zA-Z]{1,64}$/, 'must be a field name').nullable().optional();

/**
 * Edits of the rows that join records: a partner's role in a project, a party to an agreement,
 * the projects and clusters an agreement covers, and the source behind a record or one of its figures.
 */
export const linkMethods = {
  'roles.create': write(
    z.strictObject({ projectId: Id, partnerId: Id, role: ProjectRole, sharePct: Percent.nullable().optional() }),
    ProjectRoleRow,
  ),
  'roles.update': write(
    z.strictObject({ id: Id, role: ProjectRole.optional(), sharePct: Percent.nullable().optional() }),
    ProjectRoleRow,
  ),
  'roles.delete': write(ById, Deleted),

  'parties.create': write(z.strictObject({ agreementId: Id, partnerId: Id, ...Signatory }), AgreementPartyRow),
  'parties.update': write(z.strictObject({ id: Id, ...Signatory }), AgreementPartyRow),
  'parties.delete': write(ById, Deleted),

  'agreementLinks.create': write(
    z
      .strictObject({ agreementId: Id, projectId: Id.optional(), clusterId: Id.optional() })
      .refine((v) => (v.projectId === undefined) !== (v.clusterId === undefined), 'name exactly one of projectId or clusterId'),
    z.object({ id: Id }),
  ),
  'agreementLinks.delete': write(ById, Deleted),

  'sourceLinks.create': write(
    z.strictObject({ sourceId: Id, entityType: LinkableEntity, entityId: Id, field: SourceField, note: Text(1000).nullable().optional() }),
    SourceLinkRow,
  ),
  'sourceLinks.delete': write(ById, Deleted),
};
