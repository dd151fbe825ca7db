import { describe, expect, test } from 'vitest';
import { agreementInput, clusterInput, partnerInput, projectInput, sourceInput } from '../support/records';
import { useWorkspace } from '../support/workspace';

const open = useWorkspace();

describe('editing the rows that join records', () => {
  test("a partner's role in a project is added, changed and removed, each logged and undoable", async () => {
    const w = await open();
    const p = await w.value('projects.create', projectInput());
    const partner = await w.value('partners.create', partnerInput());
    const role = await w.value('roles.create', { projectId: p.id, partnerId: partner.id, role: 'lead', sharePct: 51 });
    expect([role.partnerName, role.projectName, role.role, role.sharePct]).toEqual(['SOCAR', 'Polypropylene plant', 'lead', 51]);
    const changed = await w.value('roles.update', { id: role.id, sharePct: 60 });
    expect(changed.sharePct).toBe(60);
    await w.value('history.undo', undefined);
    expect((await w.value('projects.relations', { id: p.id })).roles[0].sharePct).toBe(51);
    await w.value('roles.delete', { id: role.id });
    expect((await w.value('projects.relations', { id: p.id })).roles).toEqual([]);
  });

  test('shares over 100 % in total are refused and nothing is saved', async () => {
    const w = await open();
    const p = await w.value('projects.create', projectInput());
    const a = await w.value('partners.create', partnerInput({ name: 'A' }));
    const b = await w.value('partners.create', partnerInput({ name: 'B' }));
    await w.value('roles.create', { projectId: p.id, partnerId: a.id, role: 'lead', sharePct: 70 });
    const err = await w.error('roles.create', { projectId: p.id, partnerId: b.id, role: 'co_investor', sharePct: 40 });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/110 %/);
    expect(w.count('project_roles')).toBe(1);
    expect((await w.error('roles.create', { projectId: p.id, partnerId: b.id, role: 'co_investor', sharePct: 140 })).code).toBe('VALIDATION');
  });

  test('a role naming a deleted partner is refused with the field named', async () => {
    const w = await open();
    const p = await w.value('projects.create', projectInput());
    const err = await w.error('roles.create', { projectId: p.id, partnerId: 999, role: 'lead' });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/No partner with id 999/);
  });

  test("an agreement's parties carry the signatory's name and title", async () => {
    const w = await open();
    const ag = await w.value('agreements.create', agreementInput());
    const partner = await w.value('partners.create', partnerInput());
    const party = await w.value('parties.create', { agreementId: ag.id, partnerId: partner.id, signatoryName: 'Rovshan Najaf' });
    const updated = await w.value('parties.update', { id: party.id, signatoryTitle: 'President' });
    expect([updated.signatoryName, updated.signatoryTitle]).toEqual(['Rovshan Najaf', 'President']);
    expect((await w.value('agreements.relations', { id: ag.id })).parties).toHaveLength(1);
    expect((await w.error('parties.create', { agreementId: ag.id, partnerId: partner.id })).code).toBe('CONSTRAINT');
  });

  test('an agreement covers projects and clusters; exactly one per link', async () => {
    const w = await open();
    const ag = await w.value('agreements.create', agreementInput());
    const c = await w.value('clusters.create', clusterInput());
    const p = await w.value('projects.create', projectInput({ clusterId: c.id }));
    await w.value('agreementLinks.create', { agreementId: ag.id, projectId: p.id });
    const link = await w.value('agreementLinks.create', { agreementId: ag.id, clusterId: c.id });
    expect((await w.error('agreementLinks.create', { agreementId: ag.id, projectId: p.id, clusterId: c.id })).code).toBe('VALIDATION');
    const rel = await w.value('agreements.relations', { id: ag.id });
    expect([rel.projects.map((x) => x.id), rel.clusters.map((x) => x.id)]).toEqual([[p.id], [c.id]]);
    await w.value('agreementLinks.delete', { id: link.id });
    expect((await w.value('agreements.relations', { id: ag.id })).clusters).toEqual([]);
  });

  test('a figure is linked to its source, and the link names the field', async () => {
    const w = await open();
    const c = await w.value('clusters.create', clusterInput({ jobs: 1200 }));
    const s = await w.value('sources.create', sourceInput());
    const link = await w.value('sourceLinks.create', { sourceId: s.id, entityType: 'cluster', entityId: c.id, field: 'jobs' });
    expect([link.entityName, link.field, link.sourceTitle]).toEqual([c.name, 'jobs', 'Annual report 2023']);
    expect((await w.value('clusters.relations', { id: c.id })).sources.map((x) => x.field)).toEqual(['jobs']);
    expect((await w.error('sourceLinks.create', { sourceId: s.id, entityType: 'project', entityId: 77 })).message).toMatch(/No project with id 77/);
    await w.value('sourceLinks.delete', { id: link.id });
    expect(w.count('source_links')).toBe(0);
  });
});
