import { describe, expect, test } from 'vitest';
import { clusterInput, projectInput } from '../support/records';
import { useWorkspace } from '../support/workspace';

const workspace = useWorkspace();

describe('optimistic concurrency', () => {
  test('an update made from a stale copy is refused as CONFLICT and the newer values are kept', async () => {
    const ws = await workspace();
    const loaded = await ws.value('projects.create', projectInput({ capex: 650 }));
    // Two editors loaded version 1; the first saves.
    const first = await ws.value('projects.update', { id: loaded.id, version: loaded.version, values: { capex: 700 } });
    expect(first.version).toBe(2);
    const logRows = ws.count('change_log');

    const error = await ws.error('projects.update', { id: loaded.id, version: loaded.version, values: { capex: 999, stage: 'cancelled' } });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/changed elsewhere/);
    expect(error.details).toMatchObject({ id: loaded.id, currentVersion: 2, yourVersion: 1, current: { capex: 700 } });
    expect(await ws.value('projects.get', { id: loaded.id })).toEqual(first);
    expect(ws.count('change_log')).toBe(logRows);
  });

  test('a delete made from a stale copy is refused as CONFLICT and the record stays', async () => {
    const ws = await workspace();
    const loaded = await ws.value('clusters.create', clusterInput());
    const renamed = await ws.value('clusters.update', { id: loaded.id, version: 1, values: { name: 'Sumgait Technology Park' } });
    const error = await ws.error('clusters.delete', { id: loaded.id, version: 1 });
    expect(error.code).toBe('CONFLICT');
    expect(await ws.value('clusters.get', { id: loaded.id })).toEqual(renamed);
  });

  test('a version from the future is a CONFLICT too', async () => {
    const ws = await workspace();
    const loaded = await ws.value('clusters.create', clusterInput());
    expect(await ws.error('clusters.update', { id: loaded.id, version: 7, values: { jobs: 1 } })).toMatchObject({ code: 'CONFLICT' });
    expect((await ws.value('clusters.get', { id: loaded.id })).jobs).toBeNull();
  });

  test('each successful update raises the version by one', async () => {
    const ws = await workspace();
    let p = await ws.value('projects.create', projectInput());
    for (let i = 1; i <= 3; i++) p = await ws.value('projects.update', { id: p.id, version: p.version, values: { rampUpYears: i } });
    expect(p.version).toBe(4);
    expect(p.rampUpYears).toBe(3);
  });

  test('an update of a record deleted meanwhile is NOT_FOUND', async () => {
    const ws = await workspace();
    const p = await ws.value('projects.create', projectInput());
    await ws.value('projects.delete', { id: p.id, version: 1 });
    expect(await ws.error('projects.update', { id: p.id, version: 1, values: { capex: 1 } })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
