import { describe, expect, test } from 'vitest';
import type { MethodName } from '../../db/contract';
import type { EntityName } from '../../db/schema';
import { agreementInput, clusterInput, partnerInput, projectInput, sourceInput } from '../support/records';
import { useWorkspace, type TestWorkspace } from '../support/workspace';

const workspace = useWorkspace();

interface Case {
  create: Record<string, unknown>;
  patch: Record<string, unknown>;
  /** Optional fields left out of `create`, which a stored record shows as null. */
  unset: string[];
  /** An optional field that `create` sets, to clear with null. */
  clear: string;
}

const cases: Record<EntityName, Case> = {
  clusters: { create: clusterInput(), patch: { location: 'Sumgait, Absheron', jobs: 12000 }, unset: ['nameLocal', 'leadPartnerId', 'baselineMt'], clear: 'sectors' },
  projects: { create: projectInput({ capex: 650, capexCurrency: 'USD' }), patch: { stage: 'operational', capex: 700 }, unset: ['clusterId', 'signedOn'], clear: 'capex' },
  partners: { create: partnerInput(), patch: { shortName: 'SOCAR', notes: 'State oil company' }, unset: ['parentId', 'shortName'], clear: 'country' },
  agreements: { create: agreementInput(), patch: { status: 'in_force', event: 'COP29' }, unset: ['event', 'notes'], clear: 'signedOn' },
  sources: { create: sourceInput(), patch: { url: 'https://example.org/report.pdf' }, unset: ['url', 'file'], clear: 'publisher' },
};

// The tests below name methods generically ("<entity>.create"); this keeps the calls typed loosely.
const m = (entity: EntityName, op: string) => `${entity}.${op}` as MethodName;
const call = (ws: TestWorkspace, entity: EntityName, op: string, input: unknown) => ws.call(m(entity, op), input as never);
const value = async (ws: TestWorkspace, entity: EntityName, op: string, input: unknown) =>
  (await ws.value(m(entity, op), input as never)) as Record<string, unknown> & { id: number; version: number };

describe.each(Object.keys(cases) as EntityName[])('%s', (entity) => {
  const { create, patch, unset, clear } = cases[entity];

  test('create returns the stored record with id, version 1, timestamps and nulls for unknown fields', async () => {
    const ws = await workspace();
    const record = await value(ws, entity, 'create', create);
    expect(record).toMatchObject({ ...create, version: 1 });
    expect(record.id).toBeGreaterThan(0);
    expect(Date.parse(record.createdAt as string)).not.toBeNaN();
    expect(record.updatedAt).toBe(record.createdAt);
    for (const field of unset) expect(record[field], field).toBeNull();
    expect(ws.count(entity)).toBe(1);
  });

  test('get returns what create stored; an unknown id is NOT_FOUND', async () => {
    const ws = await workspace();
    const created = await value(ws, entity, 'create', create);
    expect(await value(ws, entity, 'get', { id: created.id })).toEqual(created);
    const missing = await call(ws, entity, 'get', { id: created.id + 100 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { id: created.id + 100 } } });
  });

  test('list returns the created records and their total', async () => {
    const ws = await workspace();
    const a = await value(ws, entity, 'create', create);
    const b = await value(ws, entity, 'create', { ...create, [entity === 'agreements' || entity === 'sources' ? 'title' : 'name']: 'Zeta' });
    const page = (await value(ws, entity, 'list', {})) as unknown as { rows: unknown[]; total: number };
    expect(page.total).toBe(2);
    expect(page.rows).toEqual([a, b]);
  });

  test('update changes only the patched fields and raises the version', async () => {
    const ws = await workspace();
    const created = await value(ws, entity, 'create', create);
    const updated = await value(ws, entity, 'update', { id: created.id, version: 1, values: patch });
    expect(updated).toEqual({ ...created, ...patch, version: 2, updatedAt: updated.updatedAt });
    expect(await value(ws, entity, 'get', { id: created.id })).toEqual(updated);
  });

  test('update can clear an optional field', async () => {
    const ws = await workspace();
    const created = await value(ws, entity, 'create', create);
    expect(created[clear]).not.toBeNull();
    const empty = entity === 'clusters' ? [] : null; // sectors is a list: cleared to an empty one
    const updated = await value(ws, entity, 'update', { id: created.id, version: 1, values: { [clear]: empty } });
    expect(updated[clear]).toEqual(empty);
    expect((await value(ws, entity, 'get', { id: created.id }))[clear]).toEqual(empty);
  });

  test('delete removes the record; a second delete is NOT_FOUND', async () => {
    const ws = await workspace();
    const created = await value(ws, entity, 'create', create);
    expect(await value(ws, entity, 'delete', { id: created.id, version: 1 })).toEqual({ id: created.id });
    expect(ws.count(entity)).toBe(0);
    expect(await call(ws, entity, 'get', { id: created.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call(ws, entity, 'delete', { id: created.id, version: 1 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('stored values', () => {
  test('clusters.sectors round-trips as an array, and defaults to an empty one', async () => {
    const ws = await workspace();
    const withSectors = await ws.value('clusters.create', clusterInput({ sectors: ['steel', 'hydrogen'] }));
    expect(withSectors.sectors).toEqual(['steel', 'hydrogen']);
    const without = await ws.value('clusters.create', clusterInput({ name: 'Port of Baku', kind: 'port', sectors: undefined }));
    expect(without.sectors).toEqual([]);
  });

  test('names are trimmed, and a blank name is refused naming the field', async () => {
    const ws = await workspace();
    expect((await ws.value('partners.create', partnerInput({ name: '  Azerishiq  ' }))).name).toBe('Azerishiq');
    const error = await ws.error('partners.create', partnerInput({ name: '   ' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.details).toMatchObject({ issues: [{ field: 'name' }] });
  });

  test('without an open workspace every table method answers NO_WORKSPACE', async () => {
    const ws = await workspace();
    ws.host.close();
    expect(await ws.call('clusters.list', {})).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
    expect(await ws.call('projects.create', projectInput())).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
  });
});
