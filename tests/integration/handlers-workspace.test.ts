import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { latestSchemaVersion } from '../../db/migrations';
import { clusterInput, projectInput, sourceInput } from '../support/records';
import { useWorkspace } from '../support/workspace';

const workspace = useWorkspace();

describe('workspace methods', () => {
  test('workspace.info tells the file, the schema version and how many records each table holds', async () => {
    const ws = await workspace();
    await ws.value('clusters.create', clusterInput());
    await ws.value('projects.create', projectInput());
    await ws.value('projects.create', projectInput({ name: 'Second' }));
    await ws.value('sources.create', sourceInput());
    expect(await ws.value('workspace.info', undefined)).toEqual({
      file: ws.file,
      schemaVersion: latestSchemaVersion,
      encrypted: false,
      counts: { initiatives: 0, clusters: 1, projects: 2, partners: 0, agreements: 0, sources: 1, indicators: 0, scenarios: 0, briefings: 0 },
    });
  });

  test('creating another workspace switches to it; opening the first switches back with its data', async () => {
    const ws = await workspace();
    await ws.value('clusters.create', clusterInput());
    const other = join(ws.file, '..', 'other.clusterdesk');
    expect(await ws.value('workspace.create', { file: other, sample: false })).toMatchObject({ file: other, counts: { clusters: 0 } });
    expect((await ws.value('clusters.list', {})).total).toBe(0);
    expect(await ws.value('workspace.open', { file: ws.file })).toMatchObject({ file: ws.file, counts: { clusters: 1 } });
    expect((await ws.value('clusters.list', {})).rows.map((c) => c.name)).toEqual([clusterInput().name]);
  });

  test('scenarios.list shows each scenario with its parent\'s name and a boolean for illustrative', async () => {
    const ws = await workspace();
    const insert = ws.host.ws.db.prepare(
      "INSERT INTO scenarios (id, name, parent_id, horizon_start, horizon_end, illustrative, created_at, updated_at) VALUES (?, ?, ?, 2025, 2050, ?, 'c', 'u')",
    );
    insert.run(1, 'Baseline', null, 0);
    insert.run(2, 'Accelerated', 1, 1);
    expect(await ws.value('scenarios.list', undefined)).toEqual([
      { id: 2, name: 'Accelerated', description: null, parentId: 1, parentName: 'Baseline', horizonStart: 2025, horizonEnd: 2050, illustrative: true, updatedAt: 'u' },
      { id: 1, name: 'Baseline', description: null, parentId: null, parentName: null, horizonStart: 2025, horizonEnd: 2050, illustrative: false, updatedAt: 'u' },
    ]);
  });
});
