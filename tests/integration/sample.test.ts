import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkspaceHost } from '../../db/handlers/host';
import { inProcessRouter } from '../../electron/router/in-process';
import { routerCalls } from '../support/router-calls';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const hosts: WorkspaceHost[] = [];
afterEach(() => {
  while (hosts.length) hosts.pop()!.close();
});

/** A workspace created through the router, as the app does; calls fail the test on an error result. */
async function workspace(sample = true) {
  const { router, host } = inProcessRouter();
  hosts.push(host);
  const { value: call } = routerCalls(router);
  const info = await call('workspace.create', { file: join(tempDir(), 'sample.clusterdesk'), sample });
  const db = host.ws.db;
  const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
  return { call, info, all };
}

type Ws = Awaited<ReturnType<typeof workspace>>;

const byName = async <T extends { name: string }>(rows: Promise<{ rows: T[] }>, name: string) => {
  const found = (await rows).rows.filter((r) => r.name === name);
  expect(found, name).toHaveLength(1);
  return found[0];
};
const cluster = (ws: Ws, name: string) => byName(ws.call('clusters.list', { search: name }), name);
const project = (ws: Ws, name: string) => byName(ws.call('projects.list', { search: name }), name);
const partner = (ws: Ws, name: string) => byName(ws.call('partners.list', { search: name }), name);

describe('sample workspace', () => {
  it('holds exactly the records built from the seeds, while a blank workspace holds none', async () => {
    const { info } = await workspace();
    expect(info.counts).toEqual({
      initiatives: 1,
      clusters: 7,
      projects: 6,
      partners: 46,
      agreements: 9,
      sources: 6,
      indicators: 17,
      scenarios: 3,
      briefings: 4,
    });
    const blank = await workspace(false);
    expect(Object.values(blank.info.counts).every((n) => n === 0)).toBe(true);
  });

  it('writes the whole sample as one change set with a change-log row per inserted row', async () => {
    const { all } = await workspace();
    const sets = all<{ id: number; method: string }>('SELECT id, method FROM change_sets');
    expect(sets).toEqual([{ id: sets[0].id, method: 'sample.fill' }]);
    const tables = ['sources', 'initiatives', 'partners', 'clusters', 'projects', 'agreements', 'project_roles',
      'agreement_parties', 'agreement_links', 'source_links', 'indicator_observations', 'scenarios', 'scenario_overrides', 'targets', 'comparisons', 'briefings'];
    const rows = tables.reduce((n, t) => n + all<{ n: number }>(`SELECT count(*) AS n FROM ${t}`)[0].n, 0);
    const logged = all<{ n: number }>("SELECT count(*) AS n FROM change_log WHERE action = 'insert' AND change_set_id = ?", sets[0].id)[0].n;
    expect(logged).toBe(rows);
    expect(all('SELECT 1 FROM change_log WHERE change_set_id <> ?', sets[0].id)).toEqual([]);
  });

  it('records the WEF initiative totals of January 2024, 2025 and 2026 exactly, each with its source', async () => {
    const ws = await workspace();
    const [initiative] = await ws.call('initiatives.list', undefined);
    expect(initiative).toMatchObject({
      name: 'Transitioning Industrial Clusters',
      organiser: 'World Economic Forum',
      launchedOn: '2021',
      launchedEvent: 'COP26',
    });
    const rows = await ws.call('indicators.list', { subjectType: 'initiative', subjectId: initiative.id });
    const totals = (year: number) =>
      Object.fromEntries(rows.filter((r) => r.year === year && r.metric !== 'clusters joined').map((r) => [`${r.metric} (${r.unit})`, r.value]));
    const expected = (clusters: number, countries: number, mt: number, gdp: number, jobs: number) => ({
      'clusters (clusters)': clusters,
      'countries (countries)': countries,
      'emissions reduction potential (Mt CO2e/yr)': mt,
      'GDP contribution (USD bn)': gdp,
      'jobs supported (jobs)': jobs,
    });
    expect(totals(2024)).toEqual(expected(20, 10, 626, 362, 3_400_000));
    expect(totals(2025)).toEqual(expected(33, 16, 832, 492, 4_300_000));
    expect(totals(2026)).toEqual(expected(39, 19, 877, 508, 4_600_000));
    expect(rows.find((r) => r.metric === 'clusters joined')).toMatchObject({ year: 2025, value: 13 });

    const sourceOf = (year: number) => [...new Set(rows.filter((r) => r.year === year).map((r) => r.sourceTitle))];
    expect(sourceOf(2024)).toEqual(['20 Industrial Clusters From 10 Countries Commit to Net Zero']);
    expect(sourceOf(2025)).toEqual(['33 Industrial Clusters Join Forces to Accelerate the Clean Energy Transition']);
    expect(sourceOf(2026)).toHaveLength(1);
    const seed000 = ws.all<{ id: number }>("SELECT id FROM sources WHERE file LIKE 'seeds/000\\_%' ESCAPE '\\'");
    expect(rows.filter((r) => r.year === 2026).every((r) => r.sourceId === seed000[0].id)).toBe(true);
  });

  it('stores the UAE technology projects target as a country indicator with its source', async () => {
    const ws = await workspace();
    const rows = await ws.call('indicators.list', { subjectType: 'country' });
    expect(rows).toEqual([
      expect.objectContaining({ country: 'AE', subjectId: null, metric: 'technology projects target', year: 2031, value: 1000, unit: 'projects' }),
    ]);
    expect(rows[0].sourceTitle).toContain('تحالف الاستدامة الصناعية');
  });

  it('links every cluster, project, partner, agreement and the initiative to a source as a whole', async () => {
    const { all } = await workspace();
    for (const [table, type] of [
      ['clusters', 'cluster'],
      ['projects', 'project'],
      ['partners', 'partner'],
      ['agreements', 'agreement'],
      ['initiatives', 'initiative'],
    ]) {
      const unsourced = all(
        `SELECT id FROM ${table} WHERE id NOT IN (SELECT entity_id FROM source_links WHERE entity_type = ? AND field IS NULL)`,
        type,
      );
      expect(unsourced, `${table} without a source`).toEqual([]);
    }
    expect(all('SELECT id FROM indicator_observations WHERE source_id IS NULL')).toEqual([]);
    // No dangling links, and no source that backs nothing.
    expect(all(`SELECT l.id FROM source_links l WHERE NOT EXISTS (SELECT 1 FROM
      (SELECT 'cluster' AS t, id FROM clusters UNION ALL SELECT 'project', id FROM projects UNION ALL SELECT 'partner', id FROM partners
       UNION ALL SELECT 'agreement', id FROM agreements UNION ALL SELECT 'initiative', id FROM initiatives
       UNION ALL SELECT 'indicator', id FROM indicator_observations) r WHERE r.t = l.entity_type AND r.id = l.entity_id)`)).toEqual([]);
    expect(all(`SELECT id FROM sources WHERE id NOT IN (SELECT source_id FROM source_links)
      AND id NOT IN (SELECT source_id FROM indicator_observations WHERE source_id IS NOT NULL)`)).toEqual([]);
  });

  it('gives every figure on a cluster or project a field-level source link, and invents none for clusters', async () => {
    const ws = await workspace();
    const fieldLinks = new Set(
      ws.all<{ t: string; id: number; field: string }>('SELECT entity_type AS t, entity_id AS id, field FROM source_links WHERE field IS NOT NULL')
        .map((l) => `${l.t}:${l.id}:${l.field}`),
    );
    // A figure is any numeric field that is not the record's id, version or a reference to another record.
    const figures = (record: Record<string, unknown>) =>
      Object.entries(record).filter(([k, v]) => typeof v === 'number' && k !== 'id' && k !== 'version' && !k.endsWith('Id'));
    const clusters = (await ws.call('clusters.list', { limit: 1000 })).rows;
    const projects = (await ws.call('projects.list', { limit: 1000 })).rows;
    let checked = 0;
    for (const [type, records] of [['cluster', clusters], ['project', projects]] as const) {
      for (const record of records) {
        for (const [field] of figures(record)) {
          expect(fieldLinks.has(`${type}:${record.id}:${field}`), `${type} "${record.name}" ${field} has no source`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(2);
    // The seeds give no headline figures for a single cluster.
    expect(clusters.flatMap(figures)).toEqual([]);
  });

  it('has the electric bus project at 40 % localisation by 2030, sourced to the COP29 report', async () => {
    const ws = await workspace();
    const bus = await project(ws, 'Electric bus production localisation');
    expect(bus).toMatchObject({
      country: 'AZ',
      category: 'manufacturing_localisation',
      stage: 'mou',
      signedOn: '2024-11',
      localisationTargetPct: 40,
      localisationTargetYear: 2030,
      capex: null,
      abatementKt: null,
    });
    const rel = await ws.call('projects.relations', { id: bus.id });
    for (const field of ['localisationTargetPct', 'localisationTargetYear']) {
      expect(rel.sources.filter((s) => s.field === field).map((s) => s.sourcePublisher)).toEqual(['Trend']);
    }
    expect(rel.roles.map((r) => `${r.role}: ${r.partnerName}`).sort()).toEqual([
      'government_sponsor: Ministry of Digital Development and Transport of Azerbaijan',
      'government_sponsor: Ministry of Economy of Azerbaijan',
      'government_sponsor: Ministry of Finance of Azerbaijan',
      'signatory: BYD',
      'signatory: Electrify Azerbaijan',
      'signatory: SARDA Group',
    ]);
    expect(rel.agreements).toHaveLength(1);
  });

  it('has the Davos memorandum of intent with both signatories and the Sumgait cluster', async () => {
    const ws = await workspace();
    const mois = (await ws.call('agreements.list', { filters: [{ field: 'kind', op: 'eq', value: 'moi' }] })).rows;
    expect(mois).toHaveLength(1);
    expect(mois[0]).toMatchObject({ signedOn: '2026-01', event: 'World Economic Forum Annual Meeting, Davos', status: 'signed' });
    const rel = await ws.call('agreements.relations', { id: mois[0].id });
    expect(rel.parties.map(({ partnerName, signatoryName, signatoryTitle }) => ({ partnerName, signatoryName, signatoryTitle }))).toEqual([
      { partnerName: 'Ministry of Economy of Azerbaijan', signatoryName: 'Anar Akhundov', signatoryTitle: 'Deputy Minister of Economy' },
      { partnerName: 'SOCAR', signatoryName: 'Rovshan Najaf', signatoryTitle: 'President' },
    ]);
    expect(rel.clusters.map((c) => c.name)).toEqual(['Sumgait Industrial Park NextGen cluster']);
    expect(rel.sources.map((s) => s.sourcePublishedOn)).toEqual(['2026-01']);
  });

  it('models the Sumgait NextGen cluster with its partners, project, agreement and source', async () => {
    const ws = await workspace();
    const sumgait = await cluster(ws, 'Sumgait Industrial Park NextGen cluster');
    expect(sumgait).toMatchObject({ country: 'AZ', kind: 'industrial_park', nameLocal: null, joinedOn: '2026-01', sectors: [] });
    const rel = await ws.call('clusters.relations', { id: sumgait.id });
    expect(rel.initiative?.name).toBe('Transitioning Industrial Clusters');
    expect(rel.leadPartner).toBeNull();
    expect(rel.projects).toEqual([expect.objectContaining({ name: 'NextGen cluster formation, Sumgait Industrial Park', stage: 'idea' })]);
    expect(rel.partners).toEqual([
      expect.objectContaining({ name: 'Economic Zones Development Agency', roles: ['lead'] }),
      expect.objectContaining({ name: 'SOCAR Karbamid', roles: ['lead'] }),
      expect.objectContaining({ name: 'SOCAR Polymer', roles: ['lead'] }),
    ]);
    expect(rel.agreements.map((a) => a.kind)).toEqual(['moi']);
    expect(rel.sources.filter((s) => s.field === null).map((s) => s.sourcePublishedOn)).toEqual(['2026-01']);
  });

  it('puts the January 2025 cohort in the initiative and leaves their figures empty', async () => {
    const ws = await workspace();
    const expected: [string, string, string][] = [
      ['Kerala Green Hydrogen Valley', 'IN', 'hydrogen_valley'],
      ['Kakinada Cluster', 'IN', 'other'],
      ['Cartagena Industrial Cluster', 'CO', 'other'],
      ['Port of Açu Low Carbon Hub', 'BR', 'port'],
      ['Port of Rotterdam', 'NL', 'port'],
      ['Saraburi Sandbox', 'TH', 'other'],
    ];
    const [initiative] = await ws.call('initiatives.list', undefined);
    for (const [name, country, kind] of expected) {
      const c = await cluster(ws, name);
      expect(c, name).toMatchObject({ country, kind, initiativeId: initiative.id, joinedOn: '2025-01', reductionPotentialMt: null });
    }
    expect((await cluster(ws, 'Saraburi Sandbox')).sectors).toEqual(['cement']);
  });

  it('records every COP29 agreement with its parties, date and event', async () => {
    const ws = await workspace();
    const cop29 = (await ws.call('agreements.list', { filters: [{ field: 'event', op: 'eq', value: 'COP29, Baku' }] })).rows;
    expect(cop29.map((a) => a.kind).sort()).toEqual(['declaration', 'declaration', 'jv_charter', 'mou', 'mou', 'mou', 'other']);
    for (const a of cop29) {
      expect(a, a.title).toMatchObject({ signedOn: '2024-11', status: 'signed' });
      const rel = await ws.call('agreements.relations', { id: a.id });
      expect(rel.parties.length, a.title).toBeGreaterThan(0);
      expect(rel.sources.map((s) => s.sourcePublisher)).toEqual(['Trend']);
    }
    const charter = cop29.find((a) => a.kind === 'jv_charter')!;
    const rel = await ws.call('agreements.relations', { id: charter.id });
    expect(rel.parties.map((p) => p.partnerName).sort()).toEqual(['Azerbaijan Investment Company', 'SOCAR Downstream', 'Technip Energies Italy S.p.A.']);
    expect(rel.projects.map((p) => p.name)).toEqual(['Waste Monetization (pyrolysis oil from plastic waste)']);
    const waste = await ws.call('projects.relations', { id: rel.projects[0].id });
    expect(waste.roles.filter((r) => r.role === 'technology_provider').map((r) => r.partnerName)).toEqual(['Alterra']);
    expect(waste.roles.filter((r) => r.role === 'co_investor')).toHaveLength(3);
  });

  it('keeps the parent of subsidiaries', async () => {
    const ws = await workspace();
    const socar = await partner(ws, 'SOCAR');
    const children = (await ws.call('partners.relations', { id: socar.id })).children.map((c) => c.name);
    expect(children).toEqual(['SOCAR Downstream', 'SOCAR Karbamid', 'SOCAR Polymer']);
    const volts = await ws.call('partners.relations', { id: (await partner(ws, 'Volts')).id });
    expect(volts.parent?.name).toBe('bp');
    expect(volts.sources.map((s) => s.field)).toContain('parentId');
    const ministry = await partner(ws, 'Ministry of Economy of Azerbaijan');
    expect((await partner(ws, 'Fourth Industrial Revolution Analysis and Coordination Centre')).parentId).toBe(ministry.id);
  });
});
