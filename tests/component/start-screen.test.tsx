import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync, writeFileSync } from 'node:fs';
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
    // The shell's user-data folder is suggested, so one click is enough on a first run.
    await waitFor(() => expect((fileField() as HTMLInputElement).value).toBe(join(app.userDataDir, 'workspace.clusterdesk')));
    expect(create.disabled).toBe(false);

    fireEvent.change(fileField(), { target: { value: join(app.dir, 'ministry.txt') } });
    expect(create.disabled).toBe(true);
    expect(fileField().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/^The file name must end in \u2066\.clusterdesk\u2069\.$/)).toBeTruthy();

    const file = join(app.dir, 'ministry.clusterdesk');
    fireEvent.change(fileField(), { target: { value: file } });
    expect(create.disabled).toBe(false);
    fireEvent.click(create);

    const grid = await screen.findByRole('grid', { name: 'Clusters' });
    // An empty workspace: no stored row, only the line for a new one.
    expect(within(grid).queryAllByRole('rowheader')).toHaveLength(0);
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

  it('asks for the language first, each in its own name, and saves the choice in the settings', async () => {
    const app = await start({ workspace: false });
    await screen.findByRole('heading', { level: 1, name: 'No workspace is open' });
    const group = screen.getByRole('group', { name: 'Choose your language' });
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.closest('label')!.textContent)).toEqual(['English', 'Azərbaycan dili', 'Русский', 'العربية']);
    expect(radios.map((r) => r.checked)).toEqual([true, false, false, false]);

    fireEvent.click(within(group).getByRole('radio', { name: 'Русский' }));
    await screen.findByRole('heading', { level: 1, name: 'Рабочая область не открыта' });
    expect(screen.getByRole('button', { name: 'Создать на основе примера' })).toBeTruthy();
    const saved = () => JSON.parse(readFileSync(join(app.userDataDir, 'settings.json'), 'utf8')) as { language: string };
    await waitFor(() => expect(saved().language).toBe('ru'));

    fireEvent.click(screen.getByRole('radio', { name: 'العربية' }));
    await waitFor(() => expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ar', 'rtl']));
    await waitFor(() => expect(saved().language).toBe('ar'));
  });

  it("uses the shell's own file dialogs where it has them (Electron)", async () => {
    let dir = '';
    const asked: unknown[] = [];
    const answers: (string | null)[] = [null, 'Teesside'];
    const app = await start({
      workspace: false,
      shell: (method, input) => {
        if (method === 'app.info') return { ok: true, value: { version: '1.0.0', shell: 'electron', platform: 'linux', userDataDir: dir, nativeDialogs: true } };
        if (method !== 'dialog.saveFile' && method !== 'dialog.openFile') return undefined;
        asked.push([method, input]);
        const answer = answers.shift() ?? null;
        return { ok: true, value: { file: answer === null ? null : join(dir, answer) } };
      },
    });
    dir = app.dir;
    await screen.findByRole('heading', { level: 1, name: 'No workspace is open' });
    const createEmpty = await screen.findByRole('button', { name: 'Create an empty workspace…' });
    expect(screen.queryByRole('textbox')).toBeNull();

    // Cancelled: nothing happens. Then a name without the extension: the extension is added.
    fireEvent.click(createEmpty);
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(screen.getByRole('heading', { level: 1, name: 'No workspace is open' })).toBeTruthy();
    fireEvent.click(createEmpty);
    await screen.findByRole('grid', { name: 'Clusters' });
    expect(asked).toEqual([
      ['dialog.saveFile', { purpose: 'workspace', suggestedName: 'Workspace.clusterdesk' }],
      ['dialog.saveFile', { purpose: 'workspace', suggestedName: 'Workspace.clusterdesk' }],
    ]);
    expect((await app.client.api('workspace.info', {})).file).toBe(join(dir, 'Teesside.clusterdesk'));
  });

  it('refuses a file picked in the open dialog that is not a workspace, saying why', async () => {
    let dir = '';
    const app = await start({
      workspace: false,
      shell: (method) => {
        if (method === 'app.info') return { ok: true, value: { version: '1.0.0', shell: 'electron', platform: 'win32', userDataDir: dir, nativeDialogs: true } };
        if (method === 'dialog.openFile') return { ok: true, value: { file: join(dir, 'notes.txt') } };
        return undefined;
      },
    });
    dir = app.dir;
    fireEvent.click(await screen.findByRole('button', { name: 'Open a workspace…' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The file name must end in');
    expect(alert.textContent).toContain('Choose a file that ClusterDesk created');
  });
});
