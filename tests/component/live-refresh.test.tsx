import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectedWorkspace } from './fixture';
import { go, useTestApp } from './harness';

const start = useTestApp();

describe('views follow writes', () => {
  it('refreshes the clusters list when clusters.update announces a change', async () => {
    let ids!: Awaited<ReturnType<typeof connectedWorkspace>>;
    const app = await start({ workspace: true, fill: async (a) => void (ids = await connectedWorkspace(a)) });
    const table = await screen.findByRole('grid', { name: 'Clusters' });
    await within(table).findByRole('link', { name: 'Port of Rotterdam' });

    await app.client.api('clusters.update', { id: ids.rotterdam.id, version: ids.rotterdam.version, values: { name: 'Port of Rotterdam Industrial Cluster' } });

    expect(app.events).toContainEqual({ tables: ['clusters'] });
    await within(table).findByRole('link', { name: 'Port of Rotterdam Industrial Cluster' });
    expect(within(table).queryByRole('link', { name: 'Port of Rotterdam' })).toBeNull();
  });

  it('refreshes an open record page and the status line counts after writes elsewhere', async () => {
    let ids!: Awaited<ReturnType<typeof connectedWorkspace>>;
    const app = await start({ workspace: true, fill: async (a) => void (ids = await connectedWorkspace(a)) });
    go(`#/clusters/${ids.sumgait.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Sumgait Industrial Park' });
    const status = screen.getByRole('contentinfo', { name: 'Workspace contents' });
    expect(status.textContent).toContain('2 projects');

    await app.client.api('projects.create', { name: 'Urea plant', country: 'AZ', category: 'efficiency', stage: 'idea', clusterId: ids.sumgait.id });

    const projects = screen.getByRole('region', { name: 'Projects' });
    await within(projects).findByRole('link', { name: 'Urea plant' });
    await waitFor(() => expect(status.textContent).toContain('3 projects'));
  });
});
