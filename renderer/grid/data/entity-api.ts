import type { ChangedTable } from '../../../db/contract/events';
import type { ListQuery, Page } from '../../../db/contract/list-query';
import type { EntityName } from '../../../db/schema/entities';
import type { HistoryTable as HistoryTableSchema } from '../../../db/schema/history';
import type { z } from 'zod';
import type { LinkableEntity } from '../../../db/schema/enums';
import type { Client } from '../../api/client';
import type { Row } from '../columns/types';

/** The tables a grid edits: the five entities and the indicator observations. */
export type TableEntity = EntityName | 'observations';
export type HistoryTable = z.infer<typeof HistoryTableSchema>;

type Values = Record<string, unknown>;

export interface Batch {
  creates?: Values[];
  updates?: { id: number; version: number; values: Values }[];
  deletes?: { id: number; version: number }[];
}

export interface BatchResult {
  created: Row[];
  updated: Row[];
  deleted: number[];
}

export interface EntityApi {
  entity: TableEntity;
  /** The table its writes announce in 'data.changed', and whose history is read. */
  table: ChangedTable & HistoryTable;
  /** The record type source links name ('project', 'indicator'). */
  linkable: LinkableEntity | null;
  list(query: ListQuery): Promise<Page<Row>>;
  get(id: number): Promise<Row>;
  update(id: number, version: number, values: Values): Promise<Row>;
  apply(batch: Batch): Promise<BatchResult>;
}

const TABLE: Record<TableEntity, ChangedTable & HistoryTable> = {
  clusters: 'clusters',
  projects: 'projects',
  partners: 'partners',
  agreements: 'agreements',
  sources: 'sources',
  observations: 'indicator_observations',
};

const LINKABLE: Record<TableEntity, LinkableEntity | null> = {
  clusters: 'cluster',
  projects: 'project',
  partners: 'partner',
  agreements: 'agreement',
  sources: null,
  observations: 'indicator',
};

/**
 * One table's list, get, update and apply methods under one interface, so the grid serves every
 * table; each call still goes through the typed client and the router's checks.
 */
export function entityApi(client: Client, entity: TableEntity): EntityApi {
  const call = <T>(op: string, input: unknown) => client.api(`${entity}.${op}` as 'projects.get', input as never) as unknown as Promise<T>;
  return {
    entity,
    table: TABLE[entity],
    linkable: LINKABLE[entity],
    list: (query) => call<Page<Row>>('list', query),
    get: (id) => call<Row>('get', { id }),
    update: (id, version, values) => call<Row>('update', { id, version, values }),
    apply: (batch) => call<BatchResult>('apply', batch),
  };
}

