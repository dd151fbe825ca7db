import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectedWorkspace } from './fixture';
import { go, useTestApp } from './harness';

const start = useTestApp();

const region = (name: string) => screen.getByRole('region', { name });
const linksIn = (name: string) => within(region(name)).queryAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);
const field = (name: string) => screen.getByTestId(`field-${name}`);

describe('record pages', () => {
  it('follows a cluster link from the list to its page, with its relations as links', async () => {
    let ids!: Awaited<ReturnType<typeof connectedWorkspace>>;
    await start({ workspace: true, fill: async (app) => void (ids = await connectedWorkspace(app)) });
    const table = await screen.findByRole('grid', { name: 'Clusters' });
    fireEvent.click(await within(table).findByRole('link', { name: 'Sumgait Industrial Park' }));

    await screen.findByRole('heading', { level: 1, name: 'Sumgait Industrial Park' });
    expect(window.location.hash).toBe(`#/clusters/${ids.sumgait.id}`);
    expect(linksIn('Projects')).toEqual([
      ['HDPE plant', `#/projects/${ids.hdpe.id}`],
      ['Polypropylene plant', `#/projects/${ids.pp.id}`],
    ]);
    expect(linksIn('Partners')).toEqual([
      ['Asian Development Bank', `#/partners/${ids.bank.id}`],
      ['SOCAR Polymer', `#/partners/${ids.polymer.id}`],
    ]);
    expect(region('Partners').textContent).toContain('Financier');
    expect(linksIn('Agreements')).toEqual([['MoU on polymers', `#/agreements/${ids.mou.id}`]]);
    expect(linksIn('Sources')).toEqual([['Annual report 2023', `#/sources/${ids.report.id}`]]);
    expect(region('Indicators').textContent).toContain('None recorded.');
    expect(within(field('leadPartnerId')).getByRole('link', { name: 'SOCAR' }).getAttribute('href')).toBe(`#/partners/${ids.socar.id}`);
    expect(field('kind').textContent).toContain('Industrial park');
    expect(field('sectors').textContent).toContain('Chemicals, Polymers');
  });

  it('shows the source of a figure beside it, and marks a figure without one as an assumption', async () => {
    let ids!: Awaited<ReturnType<typeof connectedWorkspace>>;
    await start({ workspace: true, fill: async (app) => void (ids = await connectedWorkspace(app)) });
    go(`#/clusters/${ids.sumgait.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Sumgait Industrial Park' });

    const jobs = field('jobs');
    expect(jobs.textContent).toContain('6,100');
    expect(within(jobs).getByRole('link', { name: 'Annual report 2023' }).getAttribute('href')).toBe(`#/sources/${ids.report.id}`);
    expect(jobs.textContent).not.toContain('assumption');

    const potential = field('reductionPotentialMt');
    expect(potential.textContent).toContain('2.5 Mt CO2e/yr');
    expect(within(potential).getByText('assumption')).toBeTruthy();
    expect(within(potential).queryByRole('link')).toBeNull();

    expect(field('gdpUsdBn').textContent).toBe('GDP contributionnot recorded');
  });

  it("shows a project's cluster, partners with roles and shares, and agreements", async () => {
    let ids!: Awaited<ReturnType<typeof connectedWorkspace>>;
    await start({ workspace: true, fill: async (app) => void (ids = await connectedWorkspace(app)) });
    go(`#/projects/${ids.pp.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Polypropylene plant' });
    expect(linksIn('Cluster')).toEqual([['Sumgait Industrial Park', `#/clusters/${ids.sumgait.id}`]]);
    expect(linksIn('Partners')).toEqual([
      ['SOCAR Polymer', `#/partners/${ids.polymer.id}`],
      ['Asian Development Bank', `#/partners/${ids.bank.id}`],
    ]);
    const [lead, financier] = within(region('Partners')).getAllByRole('listitem');
    expect(lead.textContent).toContain('Lead');
    expect(lead.textContent).toContain('share 60%');
    expect(financier.textContent).toContain('Financier');
    expect(financier.textContent).not.toContain('share');
    expect(linksIn('Agreements')).toEqual([['MoU on polymers', `#/agreements/${ids.mou.id}`]]);
    expect(region('Sources').textContent).toContain('None recorded.');
    expect(field('stage').textContent).toContain('Construction');
    expect(field('capex').textContent).toContain('not recorded');
  });

  it("shows a partner's parent, subsidiaries, roles in projects and agreements as party", async () => {
    let ids!: Awaited<ReturnType<typeof connectedWorkspace>>;
    await start({ workspace: true, fill: async (app) => void (ids = await connectedWorkspace(app)) });
    go(`#/partners/${ids.polymer.id}`);
    await screen.findByRole('heading', { level: 1, name: 'SOCAR Polymer' });
    expect(linksIn('Parent organisation')).toEqual([['SOCAR', `#/partners/${ids.socar.id}`]]);
    expect(linksIn('Roles')).toEqual([['Polypropylene plant', `#/projects/${ids.pp.id}`]]);
    expect(linksIn('Agreements')).toEqual([['MoU on polymers', `#/agreements/${ids.mou.id}`]]);
    expect(region('Agreements').textContent).toContain('signed by F. Nasirov');

    go(`#/partners/${ids.socar.id}`);
    await screen.findByRole('heading', { level: 1, name: 'SOCAR' });
    expect(linksIn('Subsidiaries')).toEqual([['SOCAR Polymer', `#/partners/${ids.polymer.id}`]]);
    expect(region('Parent organisation').textContent).toContain('None recorded.');
  });

  it("shows an agreement's parties with signatory name and title, and its linked projects", async () => {
    let ids!: Awaited<ReturnType<typeof connectedWorkspace>>;
    await start({ workspace: true, fill: async (app) => void (ids = await connectedWorkspace(app)) });
    go(`#/agreements/${ids.mou.id}`);
    await screen.findByRole('heading', { level: 1, name: 'MoU on polymers' });
    expect(linksIn('Parties')).toEqual([['SOCAR Polymer', `#/partners/${ids.polymer.id}`]]);
    expect(region('Parties').textContent).toContain('signed by F. Nasirov');
    expect(region('Parties').textContent).toContain('Director');
    expect(linksIn('Projects')).toEqual([['Polypropylene plant', `#/projects/${ids.pp.id}`]]);
    expect(field('kind').textContent).toContain('Memorandum of understanding');
    expect(field('signedOn').textContent).toContain('November 2024');
  });

  it('shows what a source backs, each record a link, with the field it backs', async () => {
    let ids!: Awaited<ReturnType<typeof connectedWorkspace>>;
    await start({ workspace: true, fill: async (app) => void (ids = await connectedWorkspace(app)) });
    go(`#/sources/${ids.report.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Annual report 2023' });
    expect(linksIn('Linked records')).toEqual([['Sumgait Industrial Park', `#/clusters/${ids.sumgait.id}`]]);
    expect(region('Linked records').textContent).toContain('for: Jobs supported');
    expect(region('Linked records').textContent).toContain('p. 12');

    go(`#/sources/${ids.seedNote.id}`);
    await screen.findByRole('heading', { level: 1, name: 'WEF press release, January 2026' });
    expect(within(region('Indicators')).getByRole('row', { name: /clusters/ }).textContent).toContain('39');
  });
});
