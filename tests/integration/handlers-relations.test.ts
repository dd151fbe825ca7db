import { describe, expect, test } from 'vitest';
import { agreementInput, clusterInput, partnerInput, projectInput, sourceInput } from '../support/records';
import { useWorkspace } from '../support/workspace';

const workspace = useWorkspace();

/** A small, connected workspace: one cluster with two projects, their partners, an agreement and its sources. */
async function connected() {
  const ws = await workspace();
  const initiative = ws.seed((w) => w.initiatives.create({ name: 'Transitioning Industrial Clusters', organiser: 'World Economic Forum' }));
  const socar = await ws.value('partners.create', partnerInput());
  const polymer = await ws.value('partners.create', partnerInput({ name: 'SOCAR Polymer', kind: 'private', parentId: socar.id }));
  const bank = await ws.value('partners.create', partnerInput({ name: 'Asian Development Bank', kind: 'international', country: null }));
  const cluster = await ws.value('clusters.create', clusterInput({ leadPartnerId: socar.id, initiativeId: initiative.id }));
  const pp = await ws.value('projects.create', projectInput({ name: 'Polypropylene plant', clusterId: cluster.id }));
  const hdpe = await ws.value('projects.create', projectInput({ name: 'HDPE plant', clusterId: cluster.id, stage: 'operational' }));
  const elsewhere = await ws.value('projects.create', projectInput({ name: 'Wind farm', category: 'renewable_power' }));
  const mou = await ws.value('agreements.create', agreementInput({ title: 'MoU on polymers', signedOn: '2023-05' }));
  const charter = await ws.value('agreements.create', agreementInput({ title: 'Cluster charter', kind: 'declaration', signedOn: '2022' }));
  const report = await ws.value('sources.create', sourceInput());
  const ids = ws.seed((w) => ({
    lead: w.links.add('project_roles', { projectId: pp.id, partnerId: polymer.id, role: 'lead', sharePct: 60 }),
    financier: w.links.add('project_roles', { projectId: pp.id, partnerId: bank.id, role: 'financier' }),
    operator: w.links.add('project_roles', { projectId: hdpe.id, partnerId: polymer.id, role: 'off_taker' }),
    party: w.links.add('agreement_parties', { agreementId: mou.id, partnerId: polymer.id, signatoryName: 'F. Nasirov', signatoryTitle: 'Director' }),
    mouProject: w.links.add('agreement_links', { agreementId: mou.id, projectId: pp.id }),
    charterCluster: w.links.add('agreement_links', { agreementId: charter.id, clusterId: cluster.id }),
    citesCluster: w.links.add('source_links', { sourceId: report.id, entityType: 'cluster', entityId: cluster.id, field: 'jobs', note: 'p. 12' }),
    citesProject: w.links.add('source_links', { sourceId: report.id, entityType: 'project', entityId: pp.id }),
    citesPartner: w.links.add('source_links', { sourceId: report.id, entityType: 'partner', entityId: polymer.id }),
    citesAgreement: w.links.add('source_links', { sourceId: report.id, entityType: 'agreement', entityId: mou.id }),
    jobs: w.links.add('indicator_observations', { subjectType: 'cluster', subjectId: cluster.id, metric: 'jobs', year: 2023, value: 6100, unit: 'jobs', sourceId: report.id }),
  }));
  return { ws, initiative, socar, polymer, bank, cluster, pp, hdpe, elsewhere, mou, charter, report, ids };
}

describe('relations', () => {
  test('clusters.relations: initiative, lead partner, projects, partners with roles, agreements, sources, indicators', async () => {
    const { ws, initiative, socar, polymer, bank, cluster, pp, hdpe, mou, charter, report, ids } = await connected();
    const r = await ws.value('clusters.relations', { id: cluster.id });
    expect(r.initiative).toEqual({ id: initiative.id, name: 'Transitioning Industrial Clusters' });
    expect(r.leadPartner).toEqual({ id: socar.id, name: 'SOCAR' });
    expect(r.projects).toEqual([
      { id: hdpe.id, name: 'HDPE plant', stage: 'operational', category: 'manufacturing_localisation' },
      { id: pp.id, name: 'Polypropylene plant', stage: 'construction', category: 'manufacturing_localisation' },
    ]);
    expect(r.partners).toEqual([
      { id: bank.id, name: 'Asian Development Bank', roles: ['financier'] },
      { id: polymer.id, name: 'SOCAR Polymer', roles: expect.arrayContaining(['lead', 'off_taker']) },
    ]);
    expect(r.partners[1].roles).toHaveLength(2);
    expect(r.agreements).toEqual([
      { id: charter.id, title: 'Cluster charter', kind: 'declaration', signedOn: '2022' },
      { id: mou.id, title: 'MoU on polymers', kind: 'mou', signedOn: '2023-05' },
    ]);
    expect(r.sources).toEqual([
      {
        id: ids.citesCluster,
        sourceId: report.id,
        sourceTitle: report.title,
        sourcePublisher: 'Ministry of Economy',
        sourcePublishedOn: '2024-03',
        entityType: 'cluster',
        entityId: cluster.id,
        entityName: cluster.name,
        field: 'jobs',
        note: 'p. 12',
      },
    ]);
    expect(r.indicators).toEqual([
      {
        id: ids.jobs,
        subjectType: 'cluster',
        subjectId: cluster.id,
        country: null,
        metric: 'jobs',
        year: 2023,
        observedOn: null,
        value: 6100,
        unit: 'jobs',
        sourceId: report.id,
        sourceTitle: report.title,
      },
    ]);
  });

  test('projects.relations: cluster, roles with partner names, agreements, sources', async () => {
    const { ws, cluster, pp, polymer, bank, mou, ids } = await connected();
    const r = await ws.value('projects.relations', { id: pp.id });
    expect(r.cluster).toEqual({ id: cluster.id, name: cluster.name });
    expect(r.roles).toEqual([
      { id: ids.financier, projectId: pp.id, projectName: pp.name, projectStage: 'construction', partnerId: bank.id, partnerName: bank.name, role: 'financier', sharePct: null },
      { id: ids.lead, projectId: pp.id, projectName: pp.name, projectStage: 'construction', partnerId: polymer.id, partnerName: polymer.name, role: 'lead', sharePct: 60 },
    ]);
    expect(r.agreements).toEqual([{ id: mou.id, title: mou.title, kind: 'mou', signedOn: '2023-05' }]);
    expect(r.sources.map((s) => [s.entityType, s.entityName])).toEqual([['project', 'Polypropylene plant']]);
  });

  test('a project outside any cluster has no cluster and empty lists', async () => {
    const { ws, elsewhere } = await connected();
    expect(await ws.value('projects.relations', { id: elsewhere.id })).toEqual({ cluster: null, roles: [], agreements: [], sources: [] });
  });

  test('partners.relations: parent, subsidiaries, roles, agreements signed, sources', async () => {
    const { ws, socar, polymer, pp, hdpe, mou, ids } = await connected();
    const child = await ws.value('partners.relations', { id: polymer.id });
    expect(child.parent).toEqual({ id: socar.id, name: 'SOCAR' });
    expect(child.children).toEqual([]);
    expect(child.roles.map((r) => [r.projectId, r.role])).toEqual([
      [hdpe.id, 'off_taker'],
      [pp.id, 'lead'],
    ]);
    expect(child.agreements).toEqual([
      {
        id: ids.party,
        agreementId: mou.id,
        agreementTitle: mou.title,
        agreementSignedOn: '2023-05',
        partnerId: polymer.id,
        partnerName: polymer.name,
        signatoryName: 'F. Nasirov',
        signatoryTitle: 'Director',
      },
    ]);
    expect(child.sources.map((s) => s.entityName)).toEqual(['SOCAR Polymer']);
    const parent = await ws.value('partners.relations', { id: socar.id });
    expect(parent).toEqual({ parent: null, children: [{ id: polymer.id, name: 'SOCAR Polymer' }], roles: [], agreements: [], sources: [] });
  });

  test('agreements.relations: parties, linked projects and clusters, sources', async () => {
    const { ws, mou, charter, pp, cluster } = await connected();
    const r = await ws.value('agreements.relations', { id: mou.id });
    expect(r.parties.map((p) => p.partnerName)).toEqual(['SOCAR Polymer']);
    expect(r.projects).toEqual([{ id: pp.id, name: pp.name }]);
    expect(r.clusters).toEqual([]);
    expect(r.sources.map((s) => s.entityName)).toEqual([mou.title]);
    expect((await ws.value('agreements.relations', { id: charter.id })).clusters).toEqual([{ id: cluster.id, name: cluster.name }]);
  });

  test('sources.relations: every fact the source backs, with the name of the record, and its indicators', async () => {
    const { ws, report, cluster, pp, polymer, mou } = await connected();
    const r = await ws.value('sources.relations', { id: report.id });
    expect(r.links.map((l) => [l.entityType, l.entityId, l.entityName])).toEqual([
      ['agreement', mou.id, mou.title],
      ['cluster', cluster.id, cluster.name],
      ['partner', polymer.id, polymer.name],
      ['project', pp.id, pp.name],
    ]);
    expect(r.indicators.map((i) => [i.metric, i.year, i.value])).toEqual([['jobs', 2023, 6100]]);
  });

  test('indicators.list filters by subject, or lists all', async () => {
    const { ws, cluster } = await connected();
    ws.seed((w) => w.links.add('indicator_observations', { subjectType: 'country', country: 'AZ', metric: 'emissions', year: 2022, value: 41.2, unit: 'Mt CO2e' }));
    expect((await ws.value('indicators.list', {})).length).toBe(2);
    expect((await ws.value('indicators.list', { subjectType: 'country' })).map((i) => i.country)).toEqual(['AZ']);
    expect((await ws.value('indicators.list', { subjectType: 'cluster', subjectId: cluster.id })).map((i) => i.value)).toEqual([6100]);
    expect(await ws.value('indicators.list', { subjectType: 'cluster', subjectId: cluster.id + 1 })).toEqual([]);
  });

  test('initiatives.list returns the initiatives', async () => {
    const { ws, initiative } = await connected();
    expect(await ws.value('initiatives.list', undefined)).toEqual([initiative]);
  });

  test('scenarios.list and briefings.list are empty in a new workspace', async () => {
    const ws = await workspace();
    expect(await ws.value('scenarios.list', undefined)).toEqual([]);
    expect(await ws.value('briefings.list', {})).toEqual([]);
  });

  test('relations of a record that does not exist are NOT_FOUND', async () => {
    const ws = await workspace();
    for (const method of ['clusters.relations', 'projects.relations', 'partners.relations', 'agreements.relations', 'sources.relations'] as const) {
      expect(await ws.call(method, { id: 12345 }), method).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });
});
