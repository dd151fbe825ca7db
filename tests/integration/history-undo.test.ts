import { describe, expect, test } from 'vitest';
import { inProcessRouter, IN_PROCESS_SENDER } from '../../electron/router/in-process';
import { clusterInput, partnerInput, projectInput } from '../support/records';
import { useWorkspace } from '../support/workspace';

const open = useWorkspace();

describe('undo and redo over the change log', () => {
  test('an update is undone and redone, each a step of its own, and the version moves on', async () => {
    const w = await open();
    const c = await w.value('clusters.create', clusterInput({ location: 'Sumgait' }));
    const updated = await w.value('clusters.update', { id: c.id, version: c.version, values: { location: 'Baku' } });

    expect((await w.value('history.undo', undefined)).step?.method).toBe('clusters.update');
    const afterUndo = await w.value('clusters.get', { id: c.id });
    expect(afterUndo.location).toBe('Sumgait');
    expect(afterUndo.version).toBe(updated.version + 1);

    expect((await w.value('history.redo', undefined)).step?.method).toBe('clusters.update');
    expect((await w.value('clusters.get', { id: c.id })).location).toBe('Baku');
  });

  test('undoing a create removes the record; undoing further steps back through earlier edits', async () => {
    const w = await open();
    await w.value('clusters.create', clusterInput({ name: 'First' }));
    await w.value('clusters.create', clusterInput({ name: 'Second' }));
    await w.value('history.undo', undefined);
    expect((await w.value('clusters.list', {})).rows.map((r) => r.name)).toEqual(['First']);
    await w.value('history.undo', undefined);
    expect((await w.value('clusters.list', {})).total).toBe(0);
    expect((await w.value('history.undo', undefined)).step).toBeNull();
    await w.value('history.redo', undefined);
    await w.value('history.redo', undefined);
    expect((await w.value('clusters.list', {})).rows.map((r) => r.name)).toEqual(['First', 'Second']);
  });

  test('undoing a delete brings back the project with its partner roles', async () => {
    const w = await open();
    const p = await w.value('projects.create', projectInput());
    const partner = await w.value('partners.create', partnerInput());
    w.seed((ws) => ws.links.add('project_roles', { projectId: p.id, partnerId: partner.id, role: 'lead', sharePct: 60 }));
    await w.value('projects.delete', { id: p.id, version: p.version });
    expect(w.count('project_roles')).toBe(0);

    await w.value('history.undo', undefined);
    const roles = (await w.value('projects.relations', { id: p.id })).roles;
    expect(roles.map((r) => [r.partnerName, r.role, r.sharePct])).toEqual([['SOCAR', 'lead', 60]]);
  });

  test('a batch (a paste) is one step: one undo reverts every row of it', async () => {
    const w = await open();
    const a = await w.value('projects.create', projectInput({ name: 'A' }));
    await w.value('projects.apply', {
      creates: [projectInput({ name: 'B' }), projectInput({ name: 'C' })],
      updates: [{ id: a.id, version: a.version, values: { stage: 'operational' } }],
    });
    expect((await w.value('projects.list', {})).total).toBe(3);
    await w.value('history.undo', undefined);
    const rows = (await w.value('projects.list', {})).rows;
    expect(rows.map((r) => [r.name, r.stage])).toEqual([['A', 'construction']]);
  });

  test('a batch with one bad item writes nothing and names the item', async () => {
    const w = await open();
    const before = w.count('change_log');
    const err = await w.error('projects.apply', {
      creates: [projectInput({ name: 'B' }), projectInput({ name: 'C', abatementKt: 5, abatementLowKt: 9 })],
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/^creates\[1\]: abatementLowKt/);
    expect([w.count('projects'), w.count('change_log')]).toEqual([0, before]);
  });

  test('a new edit after an undo discards the redo', async () => {
    const w = await open();
    await w.value('clusters.create', clusterInput({ name: 'First' }));
    await w.value('history.undo', undefined);
    await w.value('clusters.create', clusterInput({ name: 'Other' }));
    expect((await w.value('history.state', undefined)).redo).toBeNull();
    expect((await w.value('history.redo', undefined)).step).toBeNull();
  });

  test('the sample fill is not an undoable step', async () => {
    const w = await open();
    const { router, host } = inProcessRouter();
    const created = await router.handle(IN_PROCESS_SENDER, 'workspace.create', { file: w.file.replace('test.clusterdesk', 'sample.clusterdesk'), sample: true });
    expect(created.ok).toBe(true);
    const state = await router.handle(IN_PROCESS_SENDER, 'history.state', undefined);
    expect(state).toEqual({ ok: true, value: { undo: null, redo: null } });
    host.close();
  });

  test('history survives closing and reopening the workspace', async () => {
    const w = await open();
    const c = await w.value('clusters.create', clusterInput({ location: 'Sumgait' }));
    await w.value('clusters.update', { id: c.id, version: c.version, values: { location: 'Baku' } });
    w.host.close();
    const { router, host } = inProcessRouter();
    await router.handle(IN_PROCESS_SENDER, 'workspace.open', { file: w.file });
    await router.handle(IN_PROCESS_SENDER, 'history.undo', undefined);
    const got = await router.handle(IN_PROCESS_SENDER, 'clusters.get', { id: c.id });
    expect(got).toMatchObject({ ok: true, value: { location: 'Sumgait' } });
    host.close();
  });

  test("a record's history lists what changed, when, with old and new values", async () => {
    const w = await open();
    const c = await w.value('clusters.create', clusterInput({ location: 'Sumgait' }));
    await w.value('clusters.update', { id: c.id, version: c.version, values: { location: 'Baku', jobs: 1200 } });
    await w.value('history.undo', undefined);
    const entries = await w.value('history.record', { table: 'clusters', id: c.id });
    expect(entries.map((e) => [e.kind, e.action])).toEqual([
      ['undo', 'update'],
      ['edit', 'update'],
      ['edit', 'insert'],
    ]);
    expect(entries[1].changes).toEqual([
      { field: 'location', before: 'Sumgait', after: 'Baku' },
      { field: 'jobs', before: null, after: 1200 },
    ]);
  });

  test('a field emptied by an edit shows in the history, and undo and redo bring it back and empty it again', async () => {
    const w = await open();
    const c = await w.value('clusters.create', clusterInput({ location: 'Sumgait' }));
    await w.value('clusters.update', { id: c.id, version: c.version, values: { location: null } });
    const [emptied] = await w.value('history.record', { table: 'clusters', id: c.id });
    expect(emptied.changes).toEqual([{ field: 'location', before: 'Sumgait', after: null }]);

    await w.value('history.undo', undefined);
    expect((await w.value('clusters.get', { id: c.id })).location).toBe('Sumgait');
    await w.value('history.redo', undefined);
    expect((await w.value('clusters.get', { id: c.id })).location).toBeNull();
    await w.value('history.undo', undefined);
    await w.value('history.undo', undefined);
    expect(await w.call('clusters.get', { id: c.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await w.value('history.redo', undefined);
    expect(await w.value('clusters.get', { id: c.id })).toMatchObject({ location: 'Sumgait', jobs: null });
  });
});
