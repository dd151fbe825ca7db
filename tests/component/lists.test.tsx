import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectedWorkspace } from './fixture';
import { go, useTestApp } from './harness';

const start = useTestApp();

// Every stored row of a grid has one row header, its name; the line for a new row has none.
const rowNames = (grid: HTMLElement) => within(grid).queryAllByRole('rowheader').map((h) => h.textContent);

describe('section lists', () => {
  it('shows the clusters of the store sorted by name, each a link to its page, with a plural count', async () => {
    const { client } = await start({ workspace: true, fill: async (app) => void (await connectedWorkspace(app)) });
    const table = await screen.findByRole('grid', { name: 'Clusters' });
    await waitFor(() => expect(rowNames(table)).toEqual(['Kerala Green Hydrogen Valley', 'Port of Rotterdam', 'Sumgait Industrial Park']));
    const { rows } = await client.api('clusters.list', { search: 'Sumgait' });
    expect(within(table).getByRole('link', { name: 'Sumgait Industrial Park' }).getAttribute('href')).toBe(`#/clusters/${rows[0].id}`);
    expect(screen.getByRole('status').textContent).toBe('3 clusters');
    expect(within(table).getByRole('row', { name: /Port of Rotterdam/ }).textContent).toContain('Netherlands');
    // A figure shows its number in the cell and its unit in the column header.
    expect(within(table).getByRole('row', { name: /Sumgait/ }).querySelector('[data-field="reductionPotentialMt"]')?.textContent).toBe('2.5');
    expect(within(table).getByRole('columnheader', { name: /Emissions reduction potential/ }).textContent).toContain('Mt CO2e/yr');
  });

  it('narrows the list through the search box and says when nothing matches', async () => {
    await start({ workspace: true, fill: async (app) => void (await connectedWorkspace(app)) });
    const table = await screen.findByRole('grid', { name: 'Clusters' });
    await waitFor(() => expect(rowNames(table)).toHaveLength(3));

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search clusters' }), { target: { value: 'port' } });
    await waitFor(() => expect(rowNames(table)).toEqual(['Port of Rotterdam']));
    expect(screen.getByRole('status').textContent).toBe('1 cluster');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search clusters' }), { target: { value: 'no such cluster' } });
    await waitFor(() => expect(rowNames(table)).toEqual([]));
    expect(screen.getByText('Nothing matches this search.')).toBeTruthy();
  });

  it('keeps the initiative in view with its totals and their source', async () => {
    const { client } = await start({ workspace: true, fill: async (app) => void (await connectedWorkspace(app)) });
    const totals = await screen.findByRole('table', { name: 'Initiative totals over time' });
    expect(screen.getByRole('heading', { level: 2, name: 'Transitioning Industrial Clusters' })).toBeTruthy();
    const row = within(totals).getByRole('row', { name: /clusters/ });
    expect(within(row).getByRole('cell').textContent).toContain('39');
    const { rows } = await client.api('sources.list', { search: 'WEF' });
    expect(within(row).getByRole('link', { name: 'Source: WEF press release, January 2026' }).getAttribute('href')).toBe(`#/sources/${rows[0].id}`);
  });

  it('lists every record section from its own list method', async () => {
    await start({ workspace: true, fill: async (app) => void (await connectedWorkspace(app)) });
    await screen.findByRole('grid', { name: 'Clusters' });
    const expected: [string, string, string[]][] = [
      ['#/projects', 'Projects', ['HDPE plant', 'Polypropylene plant']],
      ['#/partners', 'Partners', ['Asian Development Bank', 'SOCAR', 'SOCAR Polymer']],
      ['#/agreements', 'Agreements', ['MoU on polymers']],
      ['#/sources', 'Sources', ['Annual report 2023', 'WEF press release, January 2026']],
      ['#/indicators', 'Indicators', ['clusters']],
    ];
    for (const [hash, title, names] of expected) {
      go(hash);
      const table = await screen.findByRole('grid', { name: title });
      await waitFor(() => expect(rowNames(table)).toEqual(names));
      // Indicator observations have no page of their own; their details are in the panel beside the grid.
      const hrefs = within(table).queryAllByRole('link').map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(hash === '#/indicators' ? [] : names.map(() => expect.stringMatching(new RegExp(`^${hash}/\\d+$`))));
    }
  });

  it('shows an empty table and a message for scenarios and briefings, which come later', async () => {
    await start({ workspace: true });
    for (const [hash, title, empty] of [
      ['#/scenarios', 'Scenarios', /No scenarios yet/],
      ['#/briefings', 'Briefings', /No briefings yet/],
    ] as const) {
      go(hash);
      const table = await screen.findByRole('table', { name: title });
      await screen.findByText(empty);
      expect(within(table).getAllByRole('row')).toHaveLength(1);
      expect(screen.getByRole('status').textContent).toBe(`0 ${title.toLowerCase()}`);
      expect(screen.queryByRole('searchbox')).toBeNull();
    }
  });
});
