import { describe, expect, test } from 'vitest';
import { agreementInput, clusterInput, partnerInput, projectInput, sourceInput } from '../support/records';
import { useWorkspace, type TestWorkspace } from '../support/workspace';

const workspace = useWorkspace();

const logged = (ws: TestWorkspace, table: string) =>
  ws.host.ws.db
    .prepare("SELECT row_id AS rowId, before FROM change_log WHERE table_name = ? AND action = 'delete' ORDER BY id")
    .all(table) as { rowId: number; before: string }[];

describe('delete refused while other records depend on it', () => {
  test('a cluster with projects: CONSTRAINT naming the projects, and nothing deleted', async () => {
    const ws = await workspace();
    const cluster = await ws.value('clusters.create', clusterInput());
    await ws.value('projects.create', projectInput({ clusterId: cluster.id }));
    await ws.value('projects.create', projectInput({ name: 'Second plant', clusterId: cluster.id }));
    const error = await ws.error('clusters.delete', { id: cluster.id, version: 1 });
    expect(error.code).toBe('CONSTRAINT');
    expect(error.message).toContain(cluster.name);
    expect(error.message).toContain('2 projects');
    expect(error.details).toEqual({ dependents: [{ table: 'projects', count: 2 }] });
    expect(ws.count('clusters')).toBe(1);
    expect(ws.count('projects')).toBe(2);
  });

  test('a partner with project roles and agreement parties: CONSTRAINT naming both', async () => {
    const ws = await workspace();
    const partner = await ws.value('partners.create', partnerInput());
    const project = await ws.value('projects.create', projectInput());
    const agreement = await ws.value('agreements.create', agreementInput());
    ws.seed((w) => {
      w.links.add('project_roles', { projectId: project.id, partnerId: partner.id, role: 'lead' });
      w.links.add('project_roles', { projectId: project.id, partnerId: partner.id, role: 'financier' });
      w.links.add('agreement_parties', { agreementId: agreement.id, partnerId: partner.id });
    });
    const error = await ws.error('partners.delete', { id: partner.id, version: 1 });
    expect(error.code).toBe('CONSTRAINT');
    expect(error.message).toContain('2 project roles');
    expect(error.message).toContain('1 agreement parties');
    expect(error.details).toEqual({
      dependents: [
        { table: 'project_roles', count: 2 },
        { table: 'agreement_parties', count: 1 },
      ],
    });
    expect(ws.count('partners')).toBe(1);
    expect(ws.count('project_roles')).toBe(2);
  });

  test('a partner that leads a cluster or has subsidiaries cannot be deleted', async () => {
    const ws = await workspace();
    const parent = await ws.value('partners.create', partnerInput());
    await ws.value('partners.create', partnerInput({ name: 'SOCAR Polymer', kind: 'private', parentId: parent.id }));
    await ws.value('clusters.create', clusterInput({ leadPartnerId: parent.id }));
    const error = await ws.error('partners.delete', { id: parent.id, version: 1 });
    expect(error).toMatchObject({ code: 'CONSTRAINT' });
    expect(error.message).toMatch(/1 clusters it leads, 1 subsidiaries/);
  });

  test('a source backing facts or indicators cannot be deleted', async () => {
    const ws = await workspace();
    const source = await ws.value('sources.create', sourceInput());
    const cluster = await ws.value('clusters.create', clusterInput());
    ws.seed((w) => {
      w.links.add('source_links', { sourceId: source.id, entityType: 'cluster', entityId: cluster.id, field: 'jobs' });
      w.links.add('indicator_observations', { subjectType: 'country', country: 'AZ', metric: 'emissions', year: 2022, value: 40, unit: 'Mt', sourceId: source.id });
    });
    const error = await ws.error('sources.delete', { id: source.id, version: 1 });
    expect(error.code).toBe('CONSTRAINT');
    expect(error.details).toEqual({
      dependents: [
        { table: 'source_links', count: 1 },
        { table: 'indicator_observations', count: 1 },
      ],
    });
  });

  test('once its projects are gone, the cluster can be deleted', async () => {
    const ws = await workspace();
    const cluster = await ws.value('clusters.create', clusterInput());
    const project = await ws.value('projects.create', projectInput({ clusterId: cluster.id }));
    await ws.value('projects.delete', { id: project.id, version: 1 });
    expect(await ws.value('clusters.delete', { id: cluster.id, version: 1 })).toEqual({ id: cluster.id });
  });
});

describe('delete takes the record\'s own links with it, each logged', () => {
  test('deleting a cluster removes the source links that cite it', async () => {
    const ws = await workspace();
    const source = await ws.value('sources.create', sourceInput());
    const cluster = await ws.value('clusters.create', clusterInput());
    ws.seed((w) => w.links.add('source_links', { sourceId: source.id, entityType: 'cluster', entityId: cluster.id, field: 'jobs' }));
    await ws.value('clusters.delete', { id: cluster.id, version: 1 });
    expect(ws.count('source_links')).toBe(0);
    expect(logged(ws, 'source_links')).toHaveLength(1);
    expect(JSON.parse(logged(ws, 'source_links')[0].before)).toMatchObject({ sourceId: source.id, entityType: 'cluster', entityId: cluster.id, field: 'jobs' });
    expect(ws.events.at(-1)!.tables.sort()).toEqual(['clusters', 'source_links']);
  });

  test('deleting a project removes its roles and agreement links, and logs each so it can be undone', async () => {
    const ws = await workspace();
    const partner = await ws.value('partners.create', partnerInput());
    const project = await ws.value('projects.create', projectInput());
    const agreement = await ws.value('agreements.create', agreementInput());
    ws.seed((w) => {
      w.links.add('project_roles', { projectId: project.id, partnerId: partner.id, role: 'lead', sharePct: 51 });
      w.links.add('agreement_links', { agreementId: agreement.id, projectId: project.id });
    });
    await ws.value('projects.delete', { id: project.id, version: 1 });
    expect(ws.count('project_roles')).toBe(0);
    expect(ws.count('agreement_links')).toBe(0);
    expect(logged(ws, 'project_roles').map((r) => JSON.parse(r.before))).toEqual([
      expect.objectContaining({ projectId: project.id, partnerId: partner.id, role: 'lead', sharePct: 51 }),
    ]);
    expect(logged(ws, 'agreement_links')).toHaveLength(1);
    expect(ws.events.at(-1)!.tables.sort()).toEqual(['agreement_links', 'project_roles', 'projects']);
    // The partner's detail view, refreshed on that event, no longer shows the role.
    expect((await ws.value('partners.relations', { id: partner.id })).roles).toEqual([]);
  });

  test('deleting an agreement removes its parties and links, each logged', async () => {
    const ws = await workspace();
    const partner = await ws.value('partners.create', partnerInput());
    const cluster = await ws.value('clusters.create', clusterInput());
    const agreement = await ws.value('agreements.create', agreementInput());
    ws.seed((w) => {
      w.links.add('agreement_parties', { agreementId: agreement.id, partnerId: partner.id, signatoryName: 'R. Shahbazov' });
      w.links.add('agreement_links', { agreementId: agreement.id, clusterId: cluster.id });
    });
    await ws.value('agreements.delete', { id: agreement.id, version: 1 });
    expect(ws.count('agreement_parties') + ws.count('agreement_links')).toBe(0);
    expect(logged(ws, 'agreement_parties')).toHaveLength(1);
    expect(logged(ws, 'agreement_links')).toHaveLength(1);
  });

  test('deleting a cluster removes its indicator observations and their sources\' links, logged', async () => {
    const ws = await workspace();
    const source = await ws.value('sources.create', sourceInput());
    const old = await ws.value('clusters.create', clusterInput({ name: 'Closed park' }));
    ws.seed((w) => {
      const id = w.links.add('indicator_observations', { subjectType: 'cluster', subjectId: old.id, metric: 'jobs', year: 2023, value: 900, unit: 'jobs' });
      w.links.add('source_links', { sourceId: source.id, entityType: 'indicator', entityId: id });
      w.links.add('indicator_observations', { subjectType: 'country', country: 'AZ', metric: 'jobs', year: 2023, value: 1, unit: 'jobs' });
    });
    await ws.value('clusters.delete', { id: old.id, version: 1 });
    expect(ws.count('indicator_observations')).toBe(1);
    expect(ws.count('source_links')).toBe(0);
    expect(logged(ws, 'indicator_observations')).toHaveLength(1);
    expect(logged(ws, 'source_links')).toHaveLength(1);
    // SQLite reuses the highest rowid once it is free: the next cluster gets the same id, and must
    // not inherit the old cluster's figures.
    const next = await ws.value('clusters.create', clusterInput({ name: 'New park' }));
    expect(next.id).toBe(old.id);
    expect(await ws.value('indicators.list', { subjectType: 'cluster', subjectId: next.id })).toEqual([]);
    expect((await ws.value('clusters.relations', { id: next.id })).indicators).toEqual([]);
  });
});
