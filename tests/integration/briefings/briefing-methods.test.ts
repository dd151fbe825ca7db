import { describe, expect, test } from 'vitest';
import type { MethodInput } from '../../../db/contract';
import { clusterInput, partnerInput, projectInput } from '../../support/records';
import { useWorkspace, type TestWorkspace } from '../../support/workspace';

const open = useWorkspace();

const briefingInput = (over: Partial<MethodInput<'briefings.create'>> = {}): MethodInput<'briefings.create'> => ({
  name: 'Sumgait brief',
  template: 'portfolio',
  subjects: {},
  language: 'en',
  marking: 'DRAFT — RESTRICTED',
  ...over,
});

async function withCluster(w: TestWorkspace) {
  return w.value('clusters.create', clusterInput());
}

describe('saved briefings', () => {
  test('are created, read, changed and deleted with their version, each one write with its change-log rows', async () => {
    const w = await open();
    const c = await withCluster(w);
    const b = await w.value('briefings.create', briefingInput({ template: 'cluster', subjects: { clusterId: c.id }, author: 'A. Analyst', date: '2026-01-26' }));
    expect(b).toMatchObject({ name: 'Sumgait brief', template: 'cluster', subjects: { clusterId: c.id }, language: 'en', author: 'A. Analyst', date: '2026-01-26', version: 1 });
    expect(w.events.at(-1)).toEqual({ tables: ['briefings'] });
    expect(await w.value('briefings.get', { id: b.id })).toEqual(b);

    const changed = await w.value('briefings.update', { id: b.id, version: b.version, values: { language: 'ar', marking: 'SECRET' } });
    expect(changed).toMatchObject({ language: 'ar', marking: 'SECRET', version: 2 });
    expect(await w.error('briefings.update', { id: b.id, version: 1, values: { name: 'x' } })).toMatchObject({ code: 'CONFLICT' });

    const logged = w.host.ws.db.prepare("SELECT action FROM change_log WHERE table_name = 'briefings' AND row_id = ? ORDER BY id").all(b.id);
    expect(logged).toEqual([{ action: 'insert' }, { action: 'update' }]);
    await w.value('briefings.delete', { id: b.id, version: changed.version });
    expect(await w.error('briefings.get', { id: b.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await w.value('briefings.list', {})).length).toBe(0);
  });

  test('take a name of up to 300 characters, unique, and refuse a longer one naming the field', async () => {
    const w = await open();
    const long = 'Б'.repeat(300);
    expect((await w.value('briefings.create', briefingInput({ name: long }))).name).toBe(long);
    const tooLong = await w.error('briefings.create', briefingInput({ name: `${long}x` }));
    expect(tooLong).toMatchObject({ code: 'VALIDATION' });
    expect(tooLong.message).toMatch(/name.*300/);
    const twice = await w.error('briefings.create', briefingInput({ name: long }));
    expect(twice).toMatchObject({ code: 'VALIDATION', details: { issues: [{ field: 'name', code: 'nameTaken' }] } });
  });

  test('check the subjects against the template, and refuse a subject that does not exist', async () => {
    const w = await open();
    const shape = await w.error('briefings.create', briefingInput({ template: 'cluster', subjects: { partnerId: 1 } }));
    expect(shape.code).toBe('VALIDATION');
    expect((shape.details as { issues: { field: string }[] }).issues.map((i) => i.field)).toContain('subjects.clusterId');
    const missing = await w.error('briefings.create', briefingInput({ template: 'partner', subjects: { partnerId: 999 } }));
    expect(missing).toMatchObject({ code: 'VALIDATION', details: { issues: [{ field: 'subjects.partnerId', code: 'missingReference' }] } });
    expect(missing.message).toMatch(/no partner with id 999/);
    const largest = await w.error('briefings.create', briefingInput({ subjects: { largest: 0 } }));
    expect(largest.message).toMatch(/subjects\.largest/);
    // A change of template is checked against the subjects it leaves in place.
    const b = await w.value('briefings.create', briefingInput());
    expect(await w.error('briefings.update', { id: b.id, version: b.version, values: { template: 'partner' } })).toMatchObject({ code: 'VALIDATION' });
  });

  test('a marking is one line of at most 120 characters; a date is a full calendar date', async () => {
    const w = await open();
    expect((await w.error('briefings.create', briefingInput({ marking: 'SECRET\nLINE' }))).message).toMatch(/marking.*one line/);
    expect((await w.error('briefings.create', briefingInput({ marking: 'x'.repeat(121) }))).message).toMatch(/marking/);
    expect((await w.error('briefings.create', briefingInput({ date: '2026-02' }))).message).toMatch(/date/);
    expect((await w.error('briefings.create', briefingInput({ date: '2026-02-30' }))).message).toMatch(/date/);
  });

  test('an export is recorded with the file, the time, the language, the pages and the workspace version', async () => {
    const w = await open();
    const b = await w.value('briefings.create', briefingInput());
    const version = w.host.ws.briefings.workspaceVersion();
    const first = await w.value('briefings.recordExport', { briefingId: b.id, file: '/tmp/brief.pdf', language: 'az', pages: 7 });
    expect(first).toMatchObject({ briefingId: b.id, file: '/tmp/brief.pdf', language: 'az', pages: 7, workspaceVersion: version });
    await w.value('briefings.update', { id: b.id, version: b.version, values: { marking: 'SECRET' } });
    const second = await w.value('briefings.recordExport', { briefingId: b.id, file: '/tmp/brief-2.pdf', language: 'en', pages: 8 });
    expect(second.workspaceVersion).toBeGreaterThan(first.workspaceVersion);
    expect((await w.value('briefings.exports', { id: b.id })).map((e) => e.file)).toEqual(['/tmp/brief-2.pdf', '/tmp/brief.pdf']);
    expect(w.events.at(-1)).toEqual({ tables: ['briefing_exports'] });
    expect(await w.error('briefings.recordExport', { briefingId: b.id, file: '/tmp/brief.txt', language: 'en', pages: 1 })).toMatchObject({ code: 'VALIDATION' });
  });

  test('undo takes back a deletion with the export history, and redo deletes both again', async () => {
    const w = await open();
    const b = await w.value('briefings.create', briefingInput());
    await w.value('briefings.recordExport', { briefingId: b.id, file: '/tmp/a.pdf', language: 'en', pages: 3 });
    await w.value('briefings.delete', { id: b.id, version: b.version });
    expect(w.count('briefing_exports')).toBe(0);

    expect((await w.value('history.undo', undefined)).step?.method).toBe('briefings.delete');
    expect((await w.value('briefings.get', { id: b.id })).name).toBe('Sumgait brief');
    expect((await w.value('briefings.exports', { id: b.id })).map((e) => e.file)).toEqual(['/tmp/a.pdf']);
    await w.value('history.redo', undefined);
    expect(w.count('briefings')).toBe(0);
    expect(w.count('briefing_exports')).toBe(0);
  });

  test('undo of an edit restores the subjects and the language', async () => {
    const w = await open();
    const c = await withCluster(w);
    const p = await w.value('partners.create', partnerInput());
    const b = await w.value('briefings.create', briefingInput({ template: 'cluster', subjects: { clusterId: c.id } }));
    await w.value('briefings.update', { id: b.id, version: b.version, values: { template: 'partner', subjects: { partnerId: p.id }, language: 'ru' } });
    await w.value('history.undo', undefined);
    expect(await w.value('briefings.get', { id: b.id })).toMatchObject({ template: 'cluster', subjects: { clusterId: c.id }, language: 'en' });
  });
});

describe('the document a briefing prints', () => {
  test('a deleted subject is a NOT_FOUND that names what was deleted, for the editor to say', async () => {
    const w = await open();
    const c = await withCluster(w);
    const b = await w.value('briefings.create', briefingInput({ template: 'cluster', subjects: { clusterId: c.id } }));
    await w.value('clusters.delete', { id: c.id, version: c.version });
    const error = await w.error('briefings.document', { id: b.id });
    expect(error).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'subjectDeleted', subject: 'cluster', id: c.id } });
    expect(error.message).toMatch(/cluster this briefing is about.*was deleted/);
  });

  test('an empty portfolio gives a document with no projects and zero totals, which prints as an empty-state page', async () => {
    const w = await open();
    await w.value('projects.create', projectInput({ country: 'AZ' }));
    const b = await w.value('briefings.create', briefingInput({ subjects: { countries: ['BR'] } }));
    const doc = await w.value('briefings.document', { id: b.id });
    expect(doc.content).toMatchObject({ template: 'portfolio', projects: [], totals: { projects: 0, capexUsd: null }, byCountry: [], largest: [] });
  });

  test('portfolio totals count each project once per grouping, capex only in dollars, and rank the largest', async () => {
    const w = await open();
    await w.value('projects.apply', {
      creates: [
        projectInput({ name: 'A', country: 'AZ', stage: 'mou', capex: 100, capexCurrency: 'USD', abatementKt: 5 }),
        projectInput({ name: 'B', country: 'AZ', stage: 'fid', capex: 300, capexCurrency: null, jobsPermanent: 20 }),
        projectInput({ name: 'C', country: 'AE', stage: 'mou', capex: 999, capexCurrency: 'AED', abatementKt: 50 }),
        projectInput({ name: 'D', country: 'AE', stage: 'idea' }),
      ],
    });
    const b = await w.value('briefings.create', briefingInput({ subjects: { largest: 2 } }));
    const doc = await w.value('briefings.document', { id: b.id });
    if (doc.content.template !== 'portfolio') throw new Error('portfolio expected');
    const c = doc.content;
    expect(c.totals).toMatchObject({ projects: 4, capexUsd: 400, abatementKt: 55, jobs: 20 });
    expect(c.otherCurrencyProjects).toBe(1);
    expect(c.byStage.map((g) => [g.key, g.projects])).toEqual([['idea', 1], ['mou', 2], ['fid', 1]]);
    expect(c.byCountry.map((g) => [g.key, g.projects, g.capexUsd])).toEqual([['AE', 2, null], ['AZ', 2, 400]]);
    const names = new Map(c.projects.map((p) => [p.id, p.name]));
    expect(c.largest.map((id) => names.get(id))).toEqual(['B', 'A']);
  });

  test('a partner digest gathers the partner’s roles and agreements, with the sources cited', async () => {
    const w = await open();
    const partner = await w.value('partners.create', partnerInput());
    const project = await w.value('projects.create', projectInput());
    const source = await w.value('sources.create', { title: 'Report', publisher: 'Ministry' });
    await w.value('roles.create', { projectId: project.id, partnerId: partner.id, role: 'lead', sharePct: 60 });
    await w.value('roles.create', { projectId: project.id, partnerId: partner.id, role: 'financier' });
    await w.value('sourceLinks.create', { sourceId: source.id, entityType: 'project', entityId: project.id, field: 'capex' });
    const agreement = await w.value('agreements.create', { title: 'MoU', kind: 'mou', status: 'signed' });
    await w.value('parties.create', { agreementId: agreement.id, partnerId: partner.id, signatoryName: 'R. Najaf', signatoryTitle: 'President' });
    const b = await w.value('briefings.create', briefingInput({ template: 'partner', subjects: { partnerId: partner.id } }));
    const doc = await w.value('briefings.document', { id: b.id });
    if (doc.content.template !== 'partner') throw new Error('partner expected');
    expect(doc.content.projects).toMatchObject([{ name: 'Polypropylene plant', roles: ['lead', 'financier'], sharePct: 60, fieldSources: { capex: [source.id] } }]);
    expect(doc.content.agreements).toMatchObject([{ title: 'MoU', signatoryName: 'R. Najaf', signatoryTitle: 'President' }]);
    expect(doc.sources.map((s) => s.title)).toEqual(['Report']);
  });
});
