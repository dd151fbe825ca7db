import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './harness';

const start = useTestApp();

const press = (key: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(document.activeElement ?? document.body, { key, ...init });
const sheet = () => screen.queryByRole('dialog', { name: 'Keyboard shortcuts' });

async function workspaceOpen() {
  const app = await start({ workspace: true });
  await screen.findByRole('grid', { name: 'Clusters' });
  return app;
}

describe('the keyboard-shortcut sheet', () => {
  it('opens with F1 as a labelled modal dialog, keeps Tab inside, and gives the focus back on Escape', async () => {
    await workspaceOpen();
    const help = screen.getByRole('button', { name: 'Help' });
    help.focus();
    press('F1');

    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const close = within(dialog).getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(close);
    // The only control inside: Tab and Shift+Tab stay on it instead of leaving the dialog.
    press('Tab');
    expect(document.activeElement).toBe(close);
    press('Tab', { shiftKey: true });
    expect(document.activeElement).toBe(close);

    press('Escape');
    expect(sheet()).toBeNull();
    expect(document.activeElement).toBe(help);
  });

  it('lists the keys of every group, and leaves out the desktop-only ones here', async () => {
    await workspaceOpen();
    press('F1');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const captions = within(dialog).getAllByRole('table').map((t) => t.querySelector('caption')?.textContent);
    expect(captions).toEqual(['Anywhere', 'Moving around', 'Lists', 'Tables', 'Editing a cell', 'Undo, redo and the clipboard', 'Settings']);
    const row = within(dialog).getByRole('row', { name: /Open Settings/ });
    expect(row.textContent).toBe('Ctrl+,Open Settings');
    expect(within(dialog).queryByText('Create a new workspace')).toBeNull();
  });

  it('opens with "?" except while typing, and from the Help menu', async () => {
    await workspaceOpen();
    const search = await screen.findByRole('searchbox', { name: 'Search clusters' });
    fireEvent.keyDown(search, { key: '?' });
    expect(sheet()).toBeNull();
    // In a grid a printable key starts editing the cell, so it is not a shortcut there either.
    const grid = document.createElement('div');
    grid.setAttribute('role', 'grid');
    grid.innerHTML = '<div role="gridcell" tabindex="0">42</div>';
    document.body.append(grid);
    fireEvent.keyDown(grid.firstElementChild!, { key: '?' });
    expect(sheet()).toBeNull();
    grid.remove();

    fireEvent.keyDown(document.body, { key: '?' });
    expect(sheet()).not.toBeNull();
    fireEvent.click(within(sheet()!).getByRole('button', { name: 'Close' }));
    expect(sheet()).toBeNull();

    const help = screen.getByRole('button', { name: 'Help' });
    fireEvent.click(help);
    expect(help.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: /Keyboard shortcuts/ }));
    expect(sheet()).not.toBeNull();
    expect(help.getAttribute('aria-expanded')).toBe('false');
  });

  it('is also on the start screen, before any workspace is open', async () => {
    await start({ workspace: false });
    await screen.findByRole('heading', { level: 1, name: 'No workspace is open' });
    press('F1');
    expect(sheet()).not.toBeNull();
  });
});

describe('the window-wide keys', () => {
  it('go to a section with Alt+digit, to Settings with Ctrl+comma, and to the search box with /', async () => {
    await workspaceOpen();
    fireEvent.keyDown(document.body, { key: '2', code: 'Digit2', altKey: true });
    await screen.findByRole('grid', { name: 'Projects' });
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search projects' }));
    fireEvent.keyDown(document.body, { key: ',', ctrlKey: true });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
  });
});

describe('the About box', () => {
  it('shows the version, the shell, the platform and the workspace file, and shows the file in its folder', async () => {
    const app = await workspaceOpen();
    fireEvent.click(screen.getByRole('button', { name: 'Help' }));
    fireEvent.click(screen.getByRole('button', { name: 'About ClusterDesk' }));
    const about = await screen.findByRole('dialog', { name: 'About ClusterDesk' });
    const file = (await app.client.api('workspace.info', {})).file;
    await waitFor(() => expect(within(about).getByTestId('about-version').textContent).toBe('0.0.0-test'));
    expect(about.textContent).toContain('a test harness');
    expect(within(about).getByTestId('about-workspace-file').textContent).toBe(file);

    // Tab cycles through the dialog's controls, from the last back to the first and the other way round.
    const close = within(about).getByRole('button', { name: 'Close' });
    const reveal = within(about).getByRole('button', { name: 'Show workspace in folder' });
    expect(document.activeElement).toBe(close);
    press('Tab', { shiftKey: true });
    expect(document.activeElement).toBe(reveal);
    press('Tab');
    expect(document.activeElement).toBe(close);

    fireEvent.click(reveal);
    await waitFor(() => expect(app.revealed).toEqual([file]));
  });

  it('says so when there is no workspace file to show', async () => {
    const app = await start({ workspace: false });
    await screen.findByRole('heading', { level: 1, name: 'No workspace is open' });
    fireEvent.click(screen.getByRole('button', { name: 'Help' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show workspace in folder' }));
    expect((await screen.findByRole('alert')).textContent).toBe('No workspace is open, so there is no file to show.');
    expect(app.revealed).toEqual([]);
  });
});

describe("the Electron menu's commands", () => {
  it('open the same dialogs and the Settings screen through ui.command events', async () => {
    const app = await workspaceOpen();
    act(() => app.emit('ui.command', { command: 'about' }));
    expect(await screen.findByRole('dialog', { name: 'About ClusterDesk' })).toBeTruthy();
    act(() => app.emit('ui.command', { command: 'shortcuts' }));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
    act(() => app.emit('ui.command', { command: 'settings' }));
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('in Arabic', () => {
  it('the dialogs are translated and sit under the right-to-left page', async () => {
    const app = await workspaceOpen();
    await app.services.settings.getState().update({ language: 'ar' });
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    press('F1');
    const dialog = await screen.findByRole('dialog', { name: 'اختصارات لوحة المفاتيح' });
    expect(within(dialog).getByRole('button', { name: 'إغلاق' })).toBeTruthy();
    // Drawn in <body>, so it takes its direction from <html dir="rtl"> like the rest of the window.
    expect(dialog.closest('[dir="ltr"]')).toBeNull();
  });
});
