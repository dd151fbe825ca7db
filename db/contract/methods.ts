import { z } from 'zod';
import {
  Agreement,
  AgreementFields,
  AgreementKind,
  AgreementPartyRow,
  Cluster,
  ClusterFields,
  Id,
  IndicatorRow,
  IndicatorSubject,
  Initiative,
  Partner,
  PartnerFields,
  Project,
  ProjectCategory,
  ProjectFields,
  ProjectRole,
  ProjectRoleRow,
  ProjectStage,
  Ref,
  Source,
  SourceFields,
  SourceLinkRow,
  PartialDate,
  ScenarioSummary,
  BriefingSummary,
} from '../schema';
import { listQuery, page } from './list-query';
import { prefixed } from './prefixed';

interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  /** Writes change the workspace; the router and stores use this to refresh views. */
  writes: boolean;
}

const read = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> => ({
  input,
  output,
  writes: false,
});
const write = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> => ({
  input,
  output,
  writes: true,
});

const ById = z.strictObject({ id: Id });
const Versioned = { id: Id, version: z.int().positive() };
const Deleted = z.object({ id: Id });
const NoInput = z.strictObject({}).optional();

type Column<S extends z.ZodObject> = 'id' | 'createdAt' | 'updatedAt' | (keyof S['shape'] & string);
const columnsOf = <S extends z.ZodObject>(fields: S) =>
  ['id', 'createdAt', 'updatedAt', ...Object.keys(fields.shape)] as unknown as readonly [Column<S>, ...Column<S>[]];

/** The five methods every editable table has. */
const crud = <S extends z.ZodObject, R extends z.ZodType>(fields: S, record: R) => ({
  list: read(listQuery(columnsOf(fields)), page(record)),
  get: read(ById, record),
  create: write(fields, record),
  update: write(z.strictObject({ ...Versioned, values: fields.partial() }), record),
  delete: write(z.strictObject(Versioned), Deleted),
});


const ProjectSummary = z.object({ id: Id, name: z.string(), stage: ProjectStage, category: ProjectCategory });
const AgreementSummary = z.object({ id: Id, title: z.string(), kind: AgreementKind, signedOn: PartialDate.nullable() });

/** A path to a workspace file; the extension keeps the renderer from naming arbitrary files. */
const WorkspaceFile = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => p.endsWith('.clusterdesk') && !p.includes('\0'), 'must be a path ending in .clusterdesk');

export const WorkspaceInfo = z.object({
  file: z.string(),
  schemaVersion: z.int(),
  counts: z.object({
    initiatives: z.int(),
    clusters: z.int(),
    projects: z.int(),
    partners: z.int(),
    agreements: z.int(),
    sources: z.int(),
    indicators: z.int(),
    scenarios: z.int(),
    briefings: z.int(),
  }),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>;

/** Every method the renderer can call: name -> input and output schemas. */
export const contract = {
  'workspace.info': read(NoInput, WorkspaceInfo),
  'workspace.create': write(z.strictObject({ file: WorkspaceFile, sample: z.boolean() }), WorkspaceInfo),
  'workspace.open': write(z.strictObject({ file: WorkspaceFile }), WorkspaceInfo),

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

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];
export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
