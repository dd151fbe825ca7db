import type { ChangedTable } from '../contract/events';
import { toColumn } from './columns';
import { briefingExportColumns, briefingsTable } from './briefing-table';
import { scenarioTables } from './scenario-tables';
import { initiativesTable, observationsTable, tables, type TableSpec } from './tables';

export type LinkTable = Extract<
  ChangedTable,
  'project_roles' | 'agreement_parties' | 'agreement_links' | 'source_links' | 'indicator_observations' | 'scenario_overrides' | 'briefing_exports'
>;

export const linkColumns: Record<LinkTable, readonly string[]> = {
  project_roles: ['projectId', 'partnerId', 'role', 'sharePct'],
  agreement_parties: ['agreementId', 'partnerId', 'signatoryName', 'signatoryTitle'],
  agreement_links: ['agreementId', 'projectId', 'clusterId'],
  source_links: ['sourceId', 'entityType', 'entityId', 'field', 'note'],
  indicator_observations: ['subjectType', 'subjectId', 'country', 'metric', 'year', 'observedOn', 'value', 'unit', 'sourceId'],
  // The value is logged as its JSON text, as stored, so undo writes back exactly what was there.
  scenario_overrides: ['scenarioId', 'projectId', 'clusterId', 'field', 'value', 'note'],
  briefing_exports: briefingExportColumns,
};

/**
 * How a row of a table is written back from its change-log JSON (camelCase, as logged). Undo and
 * redo use this to restore any logged row, whichever table it lives in.
 */
export interface RowCodec {
  table: ChangedTable;
  /** Logged fields besides id, in the order of `columns`. */
  fields: readonly string[];
  columns: readonly string[];
  json: ReadonlySet<string>;
  /** Entity rows carry a version that every change bumps, so a stale view is detected; link rows are compared by value. */
  versioned: boolean;
}

const entityCodec = (spec: TableSpec): RowCodec => {
  const fields = ['version', 'createdAt', 'updatedAt', ...spec.fields];
  return { table: spec.table, fields, columns: fields.map(toColumn), json: spec.json, versioned: true };
};

const linkCodec = (table: LinkTable): RowCodec => ({
  table,
  fields: linkColumns[table],
  columns: linkColumns[table].map(toColumn),
  json: new Set(),
  versioned: false,
});

/**
 * Indicator observations are written both as an entity table (their grid) and by the link writer
 * (sample, import, cascades); both log the whole row with its version, so one entity codec serves.
 */
const entityTables = [...Object.values(tables), initiativesTable, observationsTable, ...Object.values(scenarioTables), briefingsTable];

export const codecs: Partial<Record<ChangedTable, RowCodec>> = Object.fromEntries([
  ...(Object.keys(linkColumns) as LinkTable[]).filter((t) => t !== observationsTable.table).map((t) => [t, linkCodec(t)]),
  ...entityTables.map((spec) => [spec.table, entityCodec(spec)]),
]);
