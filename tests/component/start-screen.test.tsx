import { fireEvent, screen, within } from '@testing-library/react';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IN_PROCESS_SENDER, inProcessRouter } from '../../electron/router/in-process';
import { useTestApp } from './harness';

const start = useTestApp();

const fileField = () => screen.getByRole('textbox', { name: 'Workspace file' });

describe('start screen', () => {
  it('appears when no workspace is open, and creating an empty workspace opens the app on it', async () => {
    const app = await start({ workspace: false });
    await screen.findByRole('heading', { level: 1, name: 'No workspace is open' });
    const create = screen.getByRole('button', { name: 'Create an empty workspace' }) as HTMLButtonElement;
    expect(create.disabled).toBe(true);

    const file = join(app.dir, 'ministry.clusterdesk');
    fireEvent.change(fileField(), { target: { value: file } });
    expect(create.disabled).toBe(false);
    fireEvent.click(create);

    const table = await screen.findByRole('table', { name: 'Clusters' });
    expect(within(table).getAllByRole('row')).toHaveLength(1);
    expect(screen.getByTestId('workspace-file').textContent).toContain('ministry.clusterdesk');
    expect((await app.client.api('workspace.info', {})).file).toBe(file);
  });

  it('opens an existing workspace by its path', async () => {
    const app = await start({ workspace: false });
    await screen.findByRole('heading', { level: 1, name: 'No workspace is open' });
    // Made by another store, as if in an earlier session, so this app stays on its start screen.
    const file = join(app.dir, 'existing.clusterdesk');
    const earlier = inProcessRouter();
    const call = (method: string, input: unknown) => earlier.router.handle(IN_PROCESS_SENDER, method, input);
    expect((await call('workspace.create', { file, sample: false })).ok).toBe(true);
    expect((await call('clusters.create', { name: 'Saraburi Sandbox', country: 'TH', kind: 'industrial_park', sectors: ['cement'] })).ok).toBe(true);
    earlier.host.close();

    fireEvent.change(fileField(), { target: { value: file } });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));

    await screen.findByRole('link', { name: 'Saraburi Sandbox' });
  });

  it("shows the store's message and a next step when the file is already there", async () => {
    const app = await start({ workspace: false });
    await screen.findByRole('heading', { level: 1, name: 'No workspace is open' });
    const file = join(app.dir, 'taken.clusterdesk');
    writeFileSync(file, 'not empty');

    fireEvent.change(fileField(), { target: { value: file } });
    fireEvent.click(screen.getByRole('button', { name: 'Create an empty workspace' }));

    const alert = await screen.findByRole('alert');
    const { error } = (await app.client.call('workspace.create', { file, sample: false })) as { error: { code: string; message: string } };
    expect(error.code).toBe('FILE_EXISTS');
    expect(alert.textContent).toContain(error.message);
    expect(alert.textContent).toContain('Open the existing file, or choose another file name');
    expect(screen.getByRole('heading', { level: 1, name: 'No workspace is open' })).toBeTruthy();
  });

  it('explains a file that is not a workspace', async () => {
    const app = await start({ workspace: false });
    await screen.findByRole('heading', { level: 1, name: 'No workspace is open' });
    const file = join(app.dir, 'notes.clusterdesk');
    writeFileSync(file, 'These are meeting notes, not a database.'.repeat(50));

    fireEvent.change(fileField(), { target: { value: file } });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not a ClusterDesk workspace');
    expect(alert.textContent).toContain('Choose a file that ClusterDesk created');
  });
});
