import { describe, expect, test } from 'vitest';
import { clusterInput, partnerInput, projectInput } from '../support/records';
import { useWorkspace } from '../support/workspace';

const workspace = useWorkspace();

const issueFields = (details: unknown) => (details as { issues: { field: string }[] }).issues.map((i) => i.field);

describe('rules across fields', () => {
  test('a low abatement estimate above the central one is refused, naming abatementLowKt', async () => {
    const ws = await workspace();
    const error = await ws.error('projects.create', projectInput({ abatementKt: 100, abatementLowKt: 150 }));
    expect(error.code).toBe('VALIDATION');
    expect(issueFields(error.details)).toEqual(['abatementLowKt']);
    expect(error.message).toContain('abatementLowKt');
    expect(ws.count('projects')).toBe(0);
  });

  test('a high capex estimate below the central one is refused, naming capexHigh', async () => {
    const ws = await workspace();
    const error = await ws.error('projects.create', projectInput({ capex: 500, capexHigh: 400 }));
    expect(issueFields(error.details)).toEqual(['capexHigh']);
  });

  test('a start year before the signing year is refused, naming startYear', async () => {
    const ws = await workspace();
    const error = await ws.error('projects.create', projectInput({ signedOn: '2024-11-12', startYear: 2023 }));
    expect(error.code).toBe('VALIDATION');
    expect(issueFields(error.details)).toEqual(['startYear']);
    expect(error.message).toMatch(/startYear must not be before the signing year 2024/);
  });

  test('a localisation target needs its year', async () => {
    const ws = await workspace();
    const error = await ws.error('projects.create', projectInput({ localisationTargetPct: 60 }));
    expect(issueFields(error.details)).toEqual(['localisationTargetYear']);
  });

  test('the rules are checked on the record as it would be after an update, not just the patch', async () => {
    const ws = await workspace();
    const p = await ws.value('projects.create', projectInput({ abatementKt: 100, abatementLowKt: 80 }));
    const error = await ws.error('projects.update', { id: p.id, version: 1, values: { abatementKt: 50 } });
    expect(error.code).toBe('VALIDATION');
    expect(issueFields(error.details)).toEqual(['abatementLowKt']);
    expect(await ws.value('projects.get', { id: p.id })).toEqual(p);
  });

  test('values at the limits are accepted', async () => {
    const ws = await workspace();
    const p = await ws.value('projects.create', projectInput({ abatementKt: 100, abatementLowKt: 100, abatementHighKt: 100, signedOn: '2024', startYear: 2024 }));
    expect(p.version).toBe(1);
  });
});

describe('single-field rules, checked by the router', () => {
  test.each([
    ['a negative capex', { capex: -5 }, 'capex'],
    ['a country that is not an ISO code', { country: 'Azerbaijan' }, 'country'],
    ['an impossible date', { signedOn: '2024-02-30' }, 'signedOn'],
    ['a share above 100 %', { localisationCurrentPct: 120 }, 'localisationCurrentPct'],
    ['an unknown stage', { stage: 'dreaming' }, 'stage'],
  ])('%s is refused naming the field', async (_what, over, field) => {
    const ws = await workspace();
    const error = await ws.error('projects.create', projectInput(over as never));
    expect(error.code).toBe('VALIDATION');
    expect(issueFields(error.details)).toContain(field);
    expect(ws.count('projects')).toBe(0);
  });
});

describe('references to other records', () => {
  test('a project in a cluster that does not exist is refused as VALIDATION naming clusterId', async () => {
    const ws = await workspace();
    const error = await ws.error('projects.create', projectInput({ clusterId: 404 }));
    expect(error.code).toBe('VALIDATION');
    expect(issueFields(error.details)).toEqual(['clusterId']);
    expect(ws.count('projects')).toBe(0);
  });

  test('a cluster led by a partner that does not exist is refused, on create and on update', async () => {
    const ws = await workspace();
    expect(issueFields((await ws.error('clusters.create', clusterInput({ leadPartnerId: 9 }))).details)).toEqual(['leadPartnerId']);
    const c = await ws.value('clusters.create', clusterInput());
    expect(issueFields((await ws.error('clusters.update', { id: c.id, version: 1, values: { initiativeId: 3 } })).details)).toEqual(['initiativeId']);
  });

  test('a reference to a record that exists is accepted and can be cleared', async () => {
    const ws = await workspace();
    const c = await ws.value('clusters.create', clusterInput());
    const p = await ws.value('projects.create', projectInput({ clusterId: c.id }));
    expect(p.clusterId).toBe(c.id);
    expect((await ws.value('projects.update', { id: p.id, version: 1, values: { clusterId: null } })).clusterId).toBeNull();
  });

  test('a partner cannot be its own parent', async () => {
    const ws = await workspace();
    const socar = await ws.value('partners.create', partnerInput());
    const error = await ws.error('partners.update', { id: socar.id, version: 1, values: { parentId: socar.id } });
    expect(error.code).toBe('VALIDATION');
    expect(issueFields(error.details)).toEqual(['parentId']);
  });

  test('a partner cannot become the parent of its own parent', async () => {
    const ws = await workspace();
    const group = await ws.value('partners.create', partnerInput({ name: 'Group' }));
    const subsidiary = await ws.value('partners.create', partnerInput({ name: 'Subsidiary', parentId: group.id }));
    const grandchild = await ws.value('partners.create', partnerInput({ name: 'Plant operator', parentId: subsidiary.id }));
    const error = await ws.error('partners.update', { id: group.id, version: 1, values: { parentId: grandchild.id } });
    expect(error.code).toBe('VALIDATION');
    expect(issueFields(error.details)).toEqual(['parentId']);
    expect((await ws.value('partners.get', { id: group.id })).parentId).toBeNull();
  });
});
