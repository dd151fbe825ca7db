import { z } from 'zod';
import {
  Agreement,
  AgreementFields,
  BriefingSummary,
  Cluster,
  ClusterFields,
  Id,
  IndicatorRow,
  IndicatorSubject,
  Initiative,
  Partner,
  PartnerFields,
  Project,
  ProjectFields,
  ScenarioSummary,
  Source,
  SourceFields,
} from '../../schema';
import { listQuery, page } from '../list-query';
import { ById, Deleted, NoInput, read, Versioned, write } from '../method-spec';
import { prefixed } from '../prefixed';

const MAX_BATCH = 100_000;

type Column<S extends z.ZodObject> = 'id' | 'createdAt' | 'updatedAt' | (keyof S['shape'] & string);
const columnsOf = <S extends z.ZodObject>(fields: S) =>
  ['id', 'createdAt', 'updatedAt', ...Object.keys(fields.shape)] as unknown as readonly [Column<S>, ...Column<S>[]];

/** The five methods every editable table has. */
export const crud = <S extends z.ZodObject, R extends z.ZodType>(fields: S, record: R) => ({
  list: read(listQuery(columnsOf(fields)), page(record)),
  get: read(ById, record),
  create: write(fields, record),
  update: write(z.strictObject({ ...Versioned, values: fields.partial() }), record),
  delete: write(z.strictObject(Versioned), Deleted),
  /** Creates, updates and deletes as one action (a paste, a fill, a bulk edit): one transaction, one undo step. */
  apply: write(
    z.strictObject({
      creates: z.array(fields).max(MAX_BATCH).optional(),
      updates: z.array(z.strictObject({ ...Versioned, values: fields.partial() })).max(MAX_BATCH).optional(),
      deletes: z.array(z.strictObject(Versioned)).max(MAX_BATCH).optional(),
    }),
    z.object({ created: z.array(record), updated: z.array(record), deleted: z.array(Id) }),
  ),
});

export const recordMethods = {
  ...prefixed('clusters', crud(ClusterFields, Cluster)),
  ...prefixed('projects', crud(ProjectFields, Project)),
  ...prefixed('partners', crud(PartnerFields, Partner)),
  ...prefixed('agreements', crud(AgreementFields, Agreement)),
  ...prefixed('sources', crud(SourceFields, Source)),

  'initiatives.list': read(NoInput, z.array(Initiative)),
  'scenarios.list': read(NoInput, z.array(ScenarioSummary)),
  'briefings.list': read(NoInput, z.array(BriefingSummary)),
  'indicators.list': read(
    z.strictObject({ subjectType: IndicatorSubject.optional(), subjectId: Id.optional() }),
    z.array(IndicatorRow),
  ),
};
