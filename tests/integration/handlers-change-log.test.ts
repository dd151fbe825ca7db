import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { inProcessRouter } from '../../electron/router/in-process';
import { clusterInput, partnerInput, projectInput } from '../support/records';
import { routerCalls } from '../support/router-calls';
import { useTempDir } from '../support/temp';
import { useWorkspace, type TestWorkspace } from '../support/workspace';

const workspace = useWorkspace();

interface LogRow {
  setId: number;
  method: string;
  table: string;
  rowId: number;
  action: string;
  before: unknown;
  after: unknown;
}

const log = (ws: TestWorkspace): LogRow[] =>
  (
    ws.host.ws.db
      .prepare(
        `SELECT s.id AS setId, s.method, l.table_name AS "table", l.row_id AS rowId, l.action, l.before, l.after
         FROM change_log l JOIN change_sets s ON s.id = l.change_set_id ORDER BY l.id`,
      )
      .all() as (LogRow & { before: string | null; after: string | null })[]
  ).map((r) => ({ ...r, before: r.before && JSON.parse(r.before), after: r.after && JSON.parse(r.after) }));

describe('the change log', () => {
  test('create, update and delete each write one change set with the record before and after', async () => {
    const ws = await workspace();
    const created = await ws.value('clusters.create', clusterInput());
    const updated = await ws.value('clusters.update', { id: created.id, version: 1, values: { jobs: 4000 } });
    await ws.value('clusters.delete', { id: created.id, version: 2 });

    expect(ws.count('change_sets')).toBe(3);
    // The log keeps a record's filled fields; an empty one reads back as empty.
    const filled = (record: object) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null));
    expect(Object.values(created)).toContain(null);
    expect(log(ws)).toEqual([
      { setId: 1, method: 'clusters.create', table: 'clusters', rowId: created.id, action: 'insert', before: null, after: filled(created) },
      { setId: 2, method: 'clusters.update', table: 'clusters', rowId: created.id, action: 'update', before: filled(created), after: filled(updated) },
      { setId: 3, method: 'clusters.delete', table: 'clusters', rowId: created.id, action: 'delete', before: filled(updated), after: null },
    ]);
  });

  test('reads write nothing to the log', async () => {
    const ws = await workspace();
    const p = await ws.value('projects.create', projectInput());
    await ws.value('projects.get', { id: p.id });
    await ws.value('projects.list', { search: 'plant' });
    await ws.value('projects.relations', { id: p.id });
    await ws.value('workspace.info', undefined);
    expect(ws.count('change_sets')).toBe(1);
    expect(ws.count('change_log')).toBe(1);
  });

  test('a refused write leaves neither data nor log rows', async () => {
    const ws = await workspace();
    const p = await ws.value('projects.create', projectInput({ abatementKt: 10 }));
    const before = { projects: ws.count('projects'), sets: ws.count('change_sets'), rows: ws.count('change_log') };
    await ws.error('projects.create', projectInput({ clusterId: 77 }));
    await ws.error('projects.update', { id: p.id, version: 1, values: { abatementLowKt: 20 } });
    await ws.error('projects.update', { id: p.id, version: 9, values: { capex: 1 } });
    await ws.error('projects.delete', { id: p.id + 1, version: 1 });
    expect({ projects: ws.count('projects'), sets: ws.count('change_sets'), rows: ws.count('change_log') }).toEqual(before);
    expect(await ws.value('projects.get', { id: p.id })).toEqual(p);
  });

  test('the data and its log rows are one transaction: if the log cannot be written, the data is not either', async () => {
    const ws = await workspace();
    // Make the log fail after the record itself was inserted.
    ws.host.ws.db.exec("CREATE TEMP TRIGGER refuse_log BEFORE INSERT ON change_log BEGIN SELECT RAISE(ABORT, 'log is full'); END");
    const error = await ws.error('partners.create', partnerInput());
    expect(error.code).toBe('CONSTRAINT');
    expect(ws.count('partners')).toBe(0);
    expect(ws.count('change_sets')).toBe(0);
    expect(ws.events).toEqual([]);

    ws.host.ws.db.exec('DROP TRIGGER temp.refuse_log');
    await ws.value('partners.create', partnerInput());
    expect([ws.count('partners'), ws.count('change_sets'), ws.count('change_log')]).toEqual([1, 1, 1]);
  });

  test('one write that changes several tables is one change set', async () => {
    const ws = await workspace();
    const partner = await ws.value('partners.create', partnerInput());
    const project = await ws.value('projects.create', projectInput());
    ws.seed((w) => {
      w.links.add('project_roles', { projectId: project.id, partnerId: partner.id, role: 'lead' });
      w.links.add('project_roles', { projectId: project.id, partnerId: partner.id, role: 'off_taker' });
    });
    await ws.value('projects.delete', { id: project.id, version: 1 });
    const last = log(ws).filter((r) => r.method === 'projects.delete');
    expect(new Set(last.map((r) => r.setId)).size).toBe(1);
    expect(last.map((r) => `${r.table}:${r.action}`)).toEqual(['project_roles:delete', 'project_roles:delete', 'projects:delete']);
  });
});

describe('data.changed events', () => {
  test('each write announces the tables it touched; reads and failures announce nothing', async () => {
    const ws = await workspace();
    const c = await ws.value('clusters.create', clusterInput());
    await ws.value('clusters.list', {});
    await ws.error('clusters.update', { id: c.id, version: 5, values: { jobs: 1 } });
    await ws.value('projects.create', projectInput({ clusterId: c.id }));
    expect(ws.events).toEqual([{ tables: ['clusters'] }, { tables: ['projects'] }]);
  });

  test('opening or creating a workspace announces the whole workspace', async () => {
    const ws = await workspace();
    const r = await ws.call('workspace.open', { file: ws.file });
    expect(r.ok).toBe(true);
    expect(ws.events).toEqual([{ tables: ['workspace'] }]);
  });

  describe('with a clock that moves on every reading', () => {
    const temp = useTempDir();
    const closers: (() => void)[] = [];
    afterEach(() => closers.splice(0).forEach((close) => close()));

    test('every record one action writes carries the time of its change set', async () => {
      let tick = 0;
      const { router, host } = inProcessRouter(undefined, () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString());
      closers.push(() => host.close());
      const ws = routerCalls(router);
      await ws.value('workspace.create', { file: join(temp(), 'clock.clusterdesk'), sample: false });
      const { created } = await ws.value('clusters.apply', { creates: [clusterInput({ name: 'One' }), clusterInput({ name: 'Two' }), clusterInput({ name: 'Three' })] });
      const [set] = host.ws.db.prepare("SELECT at FROM change_sets WHERE method = 'clusters.apply'").all() as { at: string }[];
      expect(created.map((c) => [c.createdAt, c.updatedAt])).toEqual(created.map(() => [set.at, set.at]));

      const later = await ws.value('clusters.update', { id: created[0].id, version: created[0].version, values: { jobs: 10 } });
      expect(later.updatedAt > set.at, 'the next action has a time of its own').toBe(true);
    });
  });
});
