import type { MenuItemConstructorOptions } from 'electron';
import type { UiCommand } from '../../db/contract/events';
import type { WorkspaceActions } from './workspace-actions';

/**
 * The application menu. The File menu is the only way to switch workspaces, so the page never
 * names files on its own. Edit uses the standard roles so copy and paste reach the grid through
 * the page's own clipboard events. Reload exists only while developing. Settings and Help open the
 * page's own screens and dialogs (sendCommand), so both shells show the same, translated ones.
 */
export function menuTemplate(
  actions: WorkspaceActions,
  options: { isDev: boolean; isMac: boolean },
  sendCommand: (command: UiCommand) => void,
): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New workspace…', accelerator: 'CmdOrCtrl+N', click: () => void actions.newWorkspace(false) },
      { label: 'New workspace from sample…', click: () => void actions.newWorkspace(true) },
      { label: 'Open workspace…', accelerator: 'CmdOrCtrl+O', click: () => void actions.chooseAndOpen() },
      { type: 'separator' },
      { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => sendCommand('settings') },
      { type: 'separator' },
      { label: 'Show workspace in folder', click: () => void actions.showInFolder() },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Help',
    submenu: [
      { label: 'Keyboard shortcuts', accelerator: 'F1', click: () => sendCommand('shortcuts') },
      { label: 'About ClusterDesk', click: () => sendCommand('about') },
      { type: 'separator' },
      { label: 'Show workspace in folder', click: () => void actions.showInFolder() },
    ],
  };
  const view: MenuItemConstructorOptions[] = options.isDev ? [{ label: 'View', submenu: [{ role: 'reload' }] }] : [];
  // On macOS the first menu is always the app menu, whatever its label.
  const appMenu: MenuItemConstructorOptions[] = options.isMac ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, ...view, help];
}
