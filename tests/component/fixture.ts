import type { TestApp } from './harness';

/**
 * A small connected workspace: a cluster with two projects, partners in roles, an agreement with a
 * party and links, a source that backs one figure of the cluster, and the initiative's totals.
 */
export async function connectedWorkspace(app: TestApp) {
  const { client, seed } = app;
  const initiative = seed((ws) => ws.initiatives.create({ name: 'Transitioning Industrial Clusters', organiser: 'World Economic Forum' }));
  const socar = await client.api('partners.create', { name: 'SOCAR', kind: 'state_owned', country: 'AZ' });
  const polymer = await client.api('partners.create', { name: 'SOCAR Polymer', kind: 'private', country: 'AZ', parentId: socar.id });
  const bank = await client.api('partners.create', { name: 'Asian Development Bank', kind: 'international' });
  const sumgait = await client.api('clusters.create', {
    name: 'Sumgait Industrial Park',
    country: 'AZ',
    kind: 'industrial_park',
    sectors: ['chemicals', 'polymers'],
    leadPartnerId: socar.id,
    initiativeId: initiative.id,
    jobs: 6100,
    reductionPotentialMt: 2.5,
  });
  const rotterdam = await client.api('clusters.create', { name: 'Port of Rotterdam', country: 'NL', kind: 'port' });
  const kerala = await client.api('clusters.create', { name: 'Kerala Green Hydrogen Valley', country: 'IN', kind: 'hydrogen_valley' });
  const pp = await client.api('projects.create', {
    name: 'Polypropylene plant',
    country: 'AZ',
    category: 'manufacturing_localisation',
    stage: 'construction',
    clusterId: sumgait.id,
  });
  const hdpe = await client.api('projects.create', {
    name: 'HDPE plant',
    country: 'AZ',
    category: 'manufacturing_localisation',
    stage: 'operational',
    clusterId: sumgait.id,
  });
  const mou = await client.api('agreements.create', { title: 'MoU on polymers', kind: 'mou', status: 'signed', signedOn: '2024-11' });
  const report = await client.api('sources.create', { title: 'Annual report 2023', publisher: 'Ministry of Economy', publishedOn: '2024-03' });
  const seedNote = await client.api('sources.create', { title: 'WEF press release, January 2026', publisher: 'World Economic Forum' });
  seed((ws) => {
    ws.links.add('project_roles', { projectId: pp.id, partnerId: polymer.id, role: 'lead', sharePct: 60 });
    ws.links.add('project_roles', { projectId: pp.id, partnerId: bank.id, role: 'financier' });
    ws.links.add('agreement_parties', { agreementId: mou.id, partnerId: polymer.id, signatoryName: 'F. Nasirov', signatoryTitle: 'Director' });
    ws.links.add('agreement_links', { agreementId: mou.id, projectId: pp.id });
    ws.links.add('source_links', { sourceId: report.id, entityType: 'cluster', entityId: sumgait.id, field: 'jobs', note: 'p. 12' });
    ws.links.add('indicator_observations', {
      subjectType: 'initiative',
      subjectId: initiative.id,
      metric: 'clusters',
      year: 2026,
      value: 39,
      unit: 'clusters',
      sourceId: seedNote.id,
    });
  });
  return { initiative, socar, polymer, bank, sumgait, rotterdam, kerala, pp, hdpe, mou, report, seedNote };
}
