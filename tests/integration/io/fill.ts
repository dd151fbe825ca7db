import type { Workspace } from '../../../db/store/workspace';

/**
 * Fills every table of a workspace with rows that stress export and import: Cyrillic, Arabic and
 * Azerbaijani text, quotes, delimiters and line breaks, text that looks like a formula, partial
 * dates, lists, references in both directions, and nulls.
 */
export function fillEveryTable(ws: Workspace): void {
  ws.write('test.fill', () => {
    const r = ws.repos;
    const initiative = ws.initiatives.create({ name: 'Transitioning Industrial Clusters', organiser: 'World Economic Forum', launchedOn: '2021-11', launchedEvent: 'COP26' });
    const wef = r.sources.create({ title: 'WEF press release, January 2026', publisher: 'World Economic Forum', publishedOn: '2026-01', language: 'en', url: 'https://www.weforum.org/press/2026/01/' });
    const seed = r.sources.create({ title: 'Seed 001 "COP29, Baku"', publisher: 'Министерство экономики', publishedOn: '2024-11-12', language: 'ru', reliability: '=official; high' });
    const socar = r.partners.create({ name: 'SOCAR', shortName: 'SOCAR', kind: 'state_owned', country: 'AZ' });
    const polymer = r.partners.create({ name: 'SOCAR Polymer', kind: 'state_owned', country: 'AZ', parentId: socar.id, notes: 'Дочерняя компания; "Сумгайыт"' });
    const masdar = r.partners.create({ name: 'مصدر Masdar', kind: 'state_owned', country: 'AE', notes: '+971 line\nsecond line' });
    const dias = r.partners.create({ name: 'Dias Bilişim ve Teknoloji Hizmetleri A.Ş.', kind: 'private', country: 'TR' });
    const sumgait = r.clusters.create({
      name: 'Sumgait Industrial Park "NextGen"',
      nameLocal: 'Sumqayıt Kimya Sənaye Parkı',
      country: 'AZ',
      location: 'Sumgait, Absheron',
      kind: 'chemical_park',
      sectors: ['chemicals', 'polymers'],
      leadPartnerId: polymer.id,
      initiativeId: initiative.id,
      joinedOn: '2026-01',
      joinedEvent: 'WEF Annual Meeting, Davos',
      baselineMt: 2.75,
      baselineYear: 2023,
      reductionPotentialMt: 0.1 + 0.2,
      gdpUsdBn: 1.5,
      jobs: 12000,
    });
    const kerala = r.clusters.create({ name: 'Kerala Green Hydrogen Valley', country: 'IN', kind: 'hydrogen_valley', sectors: [] });
    const bus = r.projects.create({
      name: 'Electric bus production',
      clusterId: sumgait.id,
      country: 'AZ',
      category: 'transport_electrification',
      stage: 'mou',
      signedOn: '2024-11',
      startYear: 2026,
      capex: 120.5,
      capexLow: 100,
      capexHigh: 150,
      capexCurrency: 'USD',
      capexPriceYear: 2024,
      abatementKt: 35,
      rampUpYears: 3,
      jobsConstruction: 400,
      jobsPermanent: 1200,
      localisationCurrentPct: 10,
      localisationTargetPct: 40,
      localisationTargetYear: 2030,
      confidence: 'medium',
      notes: '-40 % imports; @BYD, SARDA',
    });
    const battery = r.projects.create({ name: 'Battery manufacturing (Volts)', country: 'AZ', category: 'energy_storage', stage: 'feasibility', fidOn: '2025-06-30' });
    const deposit = r.agreements.create({ title: 'Deposit management system', kind: 'mou', signedOn: '2024-11-13', event: 'COP29, Baku', status: 'signed', notes: 'AIC | Dias' });
    r.agreements.create({ title: 'Baku Coalition Declaration of SMEs', kind: 'declaration', status: 'in_force' });
    ws.links.add('project_roles', { projectId: bus.id, partnerId: socar.id, role: 'government_sponsor', sharePct: null });
    ws.links.add('project_roles', { projectId: battery.id, partnerId: masdar.id, role: 'lead', sharePct: 51 });
    ws.links.add('agreement_parties', { agreementId: deposit.id, partnerId: dias.id, signatoryName: 'Ədalət', signatoryTitle: 'CEO' });
    ws.links.add('agreement_links', { agreementId: deposit.id, projectId: null, clusterId: sumgait.id });
    ws.links.add('agreement_links', { agreementId: deposit.id, projectId: bus.id, clusterId: null });
    ws.links.add('source_links', { sourceId: seed.id, entityType: 'project', entityId: bus.id, field: 'capex', note: null });
    const totals = ws.links.add('indicator_observations', { subjectType: 'initiative', subjectId: initiative.id, metric: 'clusters', year: 2026, observedOn: '2026-01', value: 39, unit: 'clusters', sourceId: wef.id });
    ws.links.add('indicator_observations', { subjectType: 'country', country: 'AZ', metric: 'emissions', year: 2024, value: -0.5, unit: 'Mt CO2e' });
    ws.links.add('indicator_observations', { subjectType: 'cluster', subjectId: kerala.id, metric: 'jobs', year: 2025, value: 1e-7, unit: 'jobs' });
    ws.links.add('source_links', { sourceId: wef.id, entityType: 'indicator', entityId: totals, field: null, note: 'headline' });
  });
  const at = '2026-01-15T10:00:00.000Z';
  const run = (sql: string, ...params: unknown[]) => ws.db.prepare(sql).run(...params);
  run(`INSERT INTO scenarios (name, description, horizon_start, horizon_end, assumptions, illustrative, created_at, updated_at) VALUES ('Base', 'All signed projects on time', 2025, 2050, '{"delay":0,"nested":{"a":[1,2]}}', 1, ?, ?)`, at, at);
  run(`INSERT INTO scenarios (name, parent_id, horizon_start, horizon_end, created_at, updated_at) VALUES ('Delay', 1, 2025, 2050, ?, ?)`, at, at);
  run(`INSERT INTO scenario_overrides (scenario_id, project_id, field, value, note) VALUES (2, 1, 'delayYears', '2', 'battery plant late')`);
  run(`INSERT INTO targets (name, scope_type, country, metric, year, value, unit, created_at, updated_at) VALUES ('National 2030', 'country', 'AZ', 'abatement', 2030, 1.5, 'Mt', ?, ?)`, at, at);
  run(`INSERT INTO briefings (name, template, subjects, language, marking, created_at, updated_at) VALUES ('Cluster brief', 'cluster', '{"clusters":[1]}', 'az', 'DRAFT', ?, ?)`, at, at);
  run(`INSERT INTO briefing_exports (briefing_id, file, exported_at, workspace_version) VALUES (1, 'brief.pdf', ?, 1)`, at);
  run(`INSERT INTO meta (key, value) VALUES ('title', 'Ministry workspace')`);
}
