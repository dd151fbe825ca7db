import type { z } from 'zod';
import {
  AgreementFields,
  ClusterFields,
  IndicatorFields,
  InitiativeFields,
  PartnerFields,
  ProjectFields,
  SourceFields,
  observationIssues,
  projectIssues,
  type EntityName,
  type FieldIssue,
  type LinkableEntity,
  type Observation,
  type Project,
} from '../schema';
import type { LinkTable } from './link-writer';

export interface Dependent {
  table: string;
  column: string;
  /** Plural noun used in the message that explains why a delete is refused. */
  what: string;
}

/** Rows of a joining table that belong to a record and are deleted (and logged) with it. */
export interface Cascade {
  table: LinkTable;
  column: string;
  /** Narrows the rows when the column is shared by several kinds of record. */
  where?: string;
}

/** A reference whose table depends on another field (an observation's subject: initiative, cluster or project). */
export interface SubjectRef {
  typeField: string;
  idField: string;
  tables: Readonly<Record<string, EntityName | 'initiatives'>>;
}

/** Tables with versioned rows that are not entities of the record sections (scenario-tables.ts). */
export type ScenarioTable = 'scenarios' | 'targets' | 'comparisons';

export interface TableSpec {
  table: EntityName | 'initiatives' | 'indicator_observations' | ScenarioTable | 'briefings';
  /** The type name used by source links and messages. */
  entity: LinkableEntity | 'source' | 'scenario' | 'comparison' | 'briefing';
  /** The field that names a row in lists, pickers and messages. */
  label: 'name' | 'title' | 'metric';
  fields: readonly string[];
  /** Fields stored as JSON text. */
  json: ReadonlySet<string>;
  /** Fields that reference another table, checked before writing for a clear message. */
  refs: Readonly<Record<string, EntityName | 'initiatives' | 'scenarios'>>;
  subjectRef?: SubjectRef;
  /** Rows elsewhere that keep this one from being deleted. */
  dependents: readonly Dependent[];
  /** Rows elsewhere that are deleted with this one. Source links citing the record always are. */
  cascades: readonly Cascade[];
  /** Text fields the quick search looks in. */
  searchable: readonly string[];
  /** Rules across several fields, run on the merged record before every write. */
  validate?: (values: Record<string, unknown>) => FieldIssue[];
}

const keys = (s: z.ZodObject) => Object.keys(s.shape);

export const tables: Record<EntityName, TableSpec> = {
  clusters: {
    table: 'clusters',
    entity: 'cluster',
    label: 'name',
    fields: keys(ClusterFields),
    json: new Set(['sectors']),
    refs: { leadPartnerId: 'partners', initiativeId: 'initiatives' },
    dependents: [
      { table: 'projects', column: 'cluster_id', what: 'projects' },
      { table: 'targets', column: 'cluster_id', what: 'targets' },
    ],
    cascades: [
      { table: 'agreement_links', column: 'cluster_id' },
      { table: 'indicator_observations', column: 'subject_id', where: "subject_type = 'cluster'" },
      { table: 'scenario_overrides', column: 'cluster_id' },
    ],
    searchable: ['name', 'nameLocal', 'location'],
  },
  projects: {
    table: 'projects',
    entity: 'project',
    label: 'name',
    fields: keys(ProjectFields),
    json: new Set(),
    refs: { clusterId: 'clusters' },
    dependents: [],
    cascades: [
      { table: 'project_roles', column: 'project_id' },
      { table: 'agreement_links', column: 'project_id' },
      { table: 'indicator_observations', column: 'subject_id', where: "subject_type = 'project'" },
      { table: 'scenario_overrides', column: 'project_id' },
    ],
    searchable: ['name', 'notes'],
    validate: (v) => projectIssues(v as Project),
  },
  partners: {
    table: 'partners',
    entity: 'partner',
    label: 'name',
    fields: keys(PartnerFields),
    json: new Set(),
    refs: { parentId: 'partners' },
    dependents: [
      { table: 'project_roles', column: 'partner_id', what: 'project roles' },
      { table: 'agreement_parties', column: 'partner_id', what: 'agreement parties' },
      { table: 'clusters', column: 'lead_partner_id', what: 'clusters it leads' },
      { table: 'partners', column: 'parent_id', what: 'subsidiaries' },
    ],
    cascades: [],
    searchable: ['name', 'shortName'],
  },
  agreements: {
    table: 'agreements',
    entity: 'agreement',
    label: 'title',
    fields: keys(AgreementFields),
    json: new Set(),
    refs: {},
    dependents: [],
    cascades: [
      { table: 'agreement_parties', column: 'agreement_id' },
      { table: 'agreement_links', column: 'agreement_id' },
    ],
    searchable: ['title', 'event'],
  },
  sources: {
    table: 'sources',
    entity: 'source',
    label: 'title',
    fields: keys(SourceFields),
    json: new Set(),
    refs: {},
    dependents: [
      { table: 'source_links', column: 'source_id', what: 'linked facts' },
      { table: 'indicator_observations', column: 'source_id', what: 'indicator observations' },
    ],
    cascades: [],
    searchable: ['title', 'publisher'],
  },
};

export const initiativesTable: TableSpec = {
  table: 'initiatives',
  entity: 'initiative',
  label: 'name',
  fields: keys(InitiativeFields),
  json: new Set(),
  refs: {},
  dependents: [{ table: 'clusters', column: 'initiative_id', what: 'member clusters' }],
  cascades: [{ table: 'indicator_observations', column: 'subject_id', where: "subject_type = 'initiative'" }],
  searchable: ['name'],
};

/** Indicator observations, edited as a table of their own; source links name them as 'indicator'. */
export const observationsTable: TableSpec = {
  table: 'indicator_observations',
  entity: 'indicator',
  label: 'metric',
  fields: keys(IndicatorFields),
  json: new Set(),
  refs: { sourceId: 'sources' },
  subjectRef: { typeField: 'subjectType', idField: 'subjectId', tables: { initiative: 'initiatives', cluster: 'clusters', project: 'projects' } },
  dependents: [],
  cascades: [],
  searchable: ['metric', 'unit', 'country'],
  validate: (v) => observationIssues(v as Observation),
};
