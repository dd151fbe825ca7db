import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { go, useTestApp, type TestApp } from './harness';

const start = useTestApp();

const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));
/** The problem shown beside a field: the text its aria-describedby points to first. */
const problemOf = (name: string) => {
  const input = field(name);
  const id = input.getAttribute('aria-describedby')?.split(' ')[0];
  return input.getAttribute('aria-invalid') === 'true' && id ? document.getElementById(id)?.textContent : null;
};
const savedFile = (app: TestApp) => JSON.parse(readFileSync(join(app.userDataDir, 'settings.json'), 'utf8')) as Record<string, unknown>;

async function openSettings() {
  const app = await start({ workspace: true });
  go('#/settings');
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  // The form starts from the shell's settings, once they have arrived.
  await waitFor(() => expect(field('Backups to keep').value).toBe('14'));
  return app;
}

describe('the settings form', () => {
  it('is reached from the header, and shows the saved settings', async () => {
    await start({ workspace: true });
    fireEvent.click(await screen.findByRole('link', { name: 'Settings' }));
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await waitFor(() => expect(field('Default classification marking').value).toBe('DRAFT — RESTRICTED'));
    expect(field('Backup folder').value).toBe('');
    expect(field('Lock after this many minutes without activity').value).toBe('15');
    expect(screen.getByText(/does not encrypt workspaces yet/).textContent).toContain('applies only once a workspace is encrypted');
  });

  it('shows each problem beside its field, focuses the first, and saves nothing', async () => {
    const app = await openSettings();
    type('Default classification marking', '   ');
    type('Backup folder', 'backups/ministry');
    type('Backups to keep', '0');
    type('Lock after this many minutes without activity', '10 min');
    save();

    expect(problemOf('Default classification marking')).toBe('Enter a value.');
    expect(problemOf('Backup folder')).toMatch(/^Enter a full path/);
    expect(problemOf('Backups to keep')).toBe('Enter a number from 1 to 365.');
    expect(problemOf('Lock after this many minutes without activity')).toBe('Enter a whole number, without spaces or separators.');
    expect(screen.getByRole('alert').textContent).toBe('4 fields need correcting before the settings can be saved.');
    expect(document.activeElement).toBe(field('Default classification marking'));
    expect(() => savedFile(app)).toThrow();
  });

  it('clears a problem as soon as it is corrected, with the count in the right plural', async () => {
    await openSettings();
    type('Default classification marking', 'x'.repeat(121));
    type('Backups to keep', '400');
    save();
    expect(problemOf('Default classification marking')).toBe('Use at most 120 characters.');
    expect(screen.getByRole('alert').textContent).toBe('2 fields need correcting before the settings can be saved.');

    type('Default classification marking', 'OFFICIAL');
    expect(problemOf('Default classification marking')).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('1 field needs correcting before the settings can be saved.');
    type('Backups to keep', '30');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('saves valid values to the shell, with Arabic-Indic digits read as numbers, and confirms', async () => {
    const app = await openSettings();
    type('Default classification marking', '  OFFICIAL-SENSITIVE  ');
    type('Backup folder', 'D:\\Backups\\ClusterDesk');
    type('Backups to keep', '٣٠');
    type('Lock after this many minutes without activity', '0');
    expect(screen.getByText('An encrypted workspace will never lock by itself.')).toBeTruthy();
    save();

    await waitFor(() => expect(screen.getByTestId('settings-outcome').textContent).toBe('Settings saved.'));
    expect(savedFile(app)).toMatchObject({ defaultMarking: 'OFFICIAL-SENSITIVE', backupFolder: 'D:\\Backups\\ClusterDesk', backupsToKeep: 30, idleLockMinutes: 0 });
    expect(await app.client.api('settings.get', {})).toMatchObject({ backupsToKeep: 30 });
    expect(field('Backups to keep').value).toBe('30');
    expect(screen.getByText('The newest 30 automatic backups are kept; older ones are removed.')).toBeTruthy();
  });

  it('empties the backup folder back to the default', async () => {
    const app = await openSettings();
    type('Backup folder', '/srv/backups');
    save();
    await waitFor(() => expect(savedFile(app).backupFolder).toBe('/srv/backups'));
    type('Backup folder', ' ');
    save();
    await waitFor(() => expect(screen.getByTestId('settings-outcome').textContent).toBe('Settings saved.'));
    expect(savedFile(app).backupFolder).toBeNull();
  });

  it('discards the edits with Cancel and with Escape, saving nothing', async () => {
    const app = await openSettings();
    type('Backups to keep', '99');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(field('Backups to keep').value).toBe('14');
    expect(screen.getByTestId('settings-outcome').textContent).toBe('Changes discarded.');

    type('Default classification marking', '');
    save();
    expect(problemOf('Default classification marking')).toBe('Enter a value.');
    fireEvent.keyDown(field('Default classification marking'), { key: 'Escape' });
    expect(field('Default classification marking').value).toBe('DRAFT — RESTRICTED');
    expect(problemOf('Default classification marking')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(() => savedFile(app)).toThrow();
  });

  it('changes the language of the whole window only when saved', async () => {
    const app = await openSettings();
    const form = screen.getByRole('heading', { level: 1 }).parentElement!;
    fireEvent.change(within(form).getByRole('combobox', { name: 'Language' }), { target: { value: 'az' } });
    expect(document.documentElement.lang).toBe('en');
    save();
    await screen.findByRole('heading', { level: 1, name: 'Parametrlər' });
    expect(document.documentElement.lang).toBe('az');
    expect(await screen.findByText('Parametrlər yadda saxlanıldı.')).toBeTruthy();
    expect(savedFile(app).language).toBe('az');
  });

  it('follows a language chosen in the header while nothing is being edited', async () => {
    await openSettings();
    const header = screen.getByRole('banner');
    fireEvent.change(within(header).getByRole('combobox', { name: 'Language' }), { target: { value: 'ru' } });
    await screen.findByRole('heading', { level: 1, name: 'Настройки' });
    const form = screen.getByRole('heading', { level: 1 }).parentElement!;
    expect((within(form).getByRole('combobox', { name: 'Язык' }) as HTMLSelectElement).value).toBe('ru');
  });
});
