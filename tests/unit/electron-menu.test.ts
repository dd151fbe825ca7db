import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import { menuTemplate } from '../../electron/main/menu';
import { createWorkspaceActions, type WorkspaceActions } from '../../electron/main/workspace-actions';

const actions = (): WorkspaceActions => ({
  newWorkspace: vi.fn(async () => {}),
  chooseAndOpen: vi.fn(async () => {}),
  open: vi.fn(async () => {}),
  showInFolder: vi.fn(async () => {}),
});
const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const byLabel = (template: MenuItemConstructorOptions[], label: string) => template.find((m) => m.label === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as () => void)();

describe('the application menu', () => {
  test('File offers new, new from sample, open, show in folder and quit, each wired to its action', () => {
    const a = actions();
    const file = submenu(byLabel(menuTemplate(a, { isDev: false, isMac: false }, vi.fn()), 'File'));
    const item = (label: string) => file.find((i) => i.label === label);
    click(item('New workspace…'));
    click(item('New workspace from sample…'));
    click(item('Open workspace…'));
    click(item('Show workspace in folder'));
    expect(a.newWorkspace).toHaveBeenNthCalledWith(1, false);
    expect(a.newWorkspace).toHaveBeenNthCalledWith(2, true);
    expect(a.chooseAndOpen).toHaveBeenCalledTimes(1);
    expect(a.showInFolder).toHaveBeenCalledTimes(1);
    expect(file.at(-1)).toEqual({ role: 'quit' });
  });

  test('File opens the Settings screen in the page', () => {
    const send = vi.fn();
    const file = submenu(byLabel(menuTemplate(actions(), { isDev: false, isMac: false }, send), 'File'));
    const settings = file.find((i) => i.label === 'Settings…');
    expect(settings?.accelerator).toBe('CmdOrCtrl+,');
    click(settings);
    expect(send).toHaveBeenCalledExactlyOnceWith('settings');
  });

  test("Help asks the page for its shortcut sheet and About box, and shows the workspace's folder", () => {
    const a = actions();
    const send = vi.fn();
    const template = menuTemplate(a, { isDev: false, isMac: false }, send);
    expect(template.at(-1)?.label).toBe('Help');
    const help = submenu(byLabel(template, 'Help'));
    const item = (label: string) => help.find((i) => i.label === label);
    expect(item('Keyboard shortcuts')?.accelerator).toBe('F1');
    click(item('Keyboard shortcuts'));
    click(item('About ClusterDesk'));
    expect(send.mock.calls).toEqual([['shortcuts'], ['about']]);
    click(item('Show workspace in folder'));
    expect(a.showInFolder).toHaveBeenCalledTimes(1);
  });

  test('Edit has the standard roles', () => {
    const edit = submenu(byLabel(menuTemplate(actions(), { isDev: false, isMac: false }, vi.fn()), 'Edit'));
    expect(edit.filter((i) => i.role).map((i) => i.role)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  test('View, with reload, exists only while developing', () => {
    expect(byLabel(menuTemplate(actions(), { isDev: false, isMac: false }, vi.fn()), 'View')).toBeUndefined();
    expect(submenu(byLabel(menuTemplate(actions(), { isDev: true, isMac: false }, vi.fn()), 'View'))).toEqual([{ role: 'reload' }]);
  });

  test('macOS gets its app menu first', () => {
    expect(menuTemplate(actions(), { isDev: false, isMac: true }, vi.fn())[0]).toEqual({ role: 'appMenu' });
    expect(menuTemplate(actions(), { isDev: false, isMac: false }, vi.fn())[0].label).toBe('File');
  });
});

function workspaceActions(answer: { ok: true; value: unknown } | { ok: false; error: { code: 'FILE_EXISTS'; message: string } } = { ok: true, value: { file: '/w/current.clusterdesk' } }) {
  const backend = vi.fn(async (_method: string, _input: unknown) => answer);
  const dialog = {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/w/Teesside' })),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/w/Humber.clusterdesk'] })),
    showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
  };
  const shell = { showItemInFolder: vi.fn() };
  const made = createWorkspaceActions({ backend, dialog, shell, window: () => null, documentsDir: '/home/ana/Documents' });
  return { made, backend, dialog, shell };
}

describe('the workspace actions behind the File menu', () => {
  test('create the chosen file in the store worker, from the sample when asked', async () => {
    const { made, backend, dialog } = workspaceActions();
    await made.newWorkspace(true);
    expect(dialog.showSaveDialog.mock.calls[0]).toEqual([expect.objectContaining({ filters: [{ name: 'ClusterDesk workspace', extensions: ['clusterdesk'] }] })]);
    expect(backend).toHaveBeenCalledExactlyOnceWith('workspace.create', { file: '/w/Teesside.clusterdesk', sample: true });
  });

  test('do nothing when the dialog is cancelled', async () => {
    const { made, backend, dialog } = workspaceActions();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await made.newWorkspace(false);
    await made.chooseAndOpen();
    expect(backend).not.toHaveBeenCalled();
  });

  test('open the chosen file in the store worker', async () => {
    const { made, backend } = workspaceActions();
    await made.chooseAndOpen();
    expect(backend).toHaveBeenCalledExactlyOnceWith('workspace.open', { file: '/w/Humber.clusterdesk' });
  });

  test("show the store's error to the analyst instead of throwing", async () => {
    const { made, dialog } = workspaceActions({ ok: false, error: { code: 'FILE_EXISTS', message: '"Teesside.clusterdesk" already exists.' } });
    await made.newWorkspace(false);
    expect(dialog.showMessageBox).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ type: 'error', detail: '"Teesside.clusterdesk" already exists.' }));
  });

  test('refuse to open a file that is not a workspace, without asking the store', async () => {
    const { made, backend, dialog } = workspaceActions();
    await made.open('/w/notes.txt');
    expect(backend).not.toHaveBeenCalled();
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
  });

  test('show the open workspace file in its folder', async () => {
    const { made, backend, shell } = workspaceActions();
    await made.showInFolder();
    expect(backend).toHaveBeenCalledExactlyOnceWith('workspace.info', {});
    expect(shell.showItemInFolder).toHaveBeenCalledExactlyOnceWith('/w/current.clusterdesk');
  });
});
