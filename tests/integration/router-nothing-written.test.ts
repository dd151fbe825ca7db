import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { contract, methodNames } from '../../db/contract';
import { IN_PROCESS_SENDER } from '../../electron/router/in-process';
import { clusterInput, projectInput } from '../support/records';
import { useWorkspace, type TestWorkspace } from '../support/workspace';

const workspace = useWorkspace();

const snapshot = (ws: TestWorkspace) =>
  Object.fromEntries(['change_sets', 'change_log', 'clusters', 'projects', 'partners', 'agreements', 'sources'].map((t) => [t, ws.count(t)]));

describe('input refused by the router writes nothing', () => {
  test('a malformed create, update or delete leaves the workspace and its log as they were', async () => {
    const ws = await workspace();
    const cluster = await ws.value('clusters.create', clusterInput());
    const project = await ws.value('projects.create', projectInput({ clusterId: cluster.id }));
    const before = snapshot(ws);

    const refused = [
      await ws.router.handle(IN_PROCESS_SENDER, 'projects.create', { ...projectInput(), capex: -3 }),
      await ws.router.handle(IN_PROCESS_SENDER, 'projects.update', { id: project.id, version: 1, values: { stage: 'dreaming' } }),
      await ws.router.handle(IN_PROCESS_SENDER, 'projects.update', { id: project.id, version: 1, values: { capex: 5 }, extra: true }),
      await ws.router.handle(IN_PROCESS_SENDER, 'clusters.delete', { id: cluster.id }),
      await ws.router.handle(IN_PROCESS_SENDER, 'clusters.delete', { id: String(cluster.id), version: 1 }),
    ];
    expect(refused.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(Array(5).fill('VALIDATION'));
    expect(snapshot(ws)).toEqual(before);
    expect(ws.events).toEqual([{ tables: ['clusters'] }, { tables: ['projects'] }]);
    expect(await ws.value('projects.get', { id: project.id })).toEqual(project);
  });

  test('garbage sent to any write method changes nothing', async () => {
    const ws = await workspace();
    await ws.value('clusters.create', clusterInput());
    const before = snapshot(ws);
    const writes = methodNames.filter((m) => contract[m].writes);
    const garbage = fc.oneof(
      fc.integer(),
      fc.string(),
      fc.constant(null),
      fc.array(fc.anything(), { maxLength: 3 }),
      fc.dictionary(fc.string().map((s) => `x_${s}`), fc.anything(), { minKeys: 1, maxKeys: 3 }),
      fc.record({ id: fc.anything(), version: fc.anything(), values: fc.anything() }, { requiredKeys: [] }).filter((o) => typeof o.id !== 'number'),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), garbage, async (method, input) => {
        const r = await ws.router.handle(IN_PROCESS_SENDER, method, input);
        expect(r.ok).toBe(false);
        expect(snapshot(ws)).toEqual(before);
      }),
      { numRuns: 300 },
    );
    expect(ws.host.ws.file).toBe(ws.file);
  });
});
