import type { BrowserWindow, Dialog, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions, Shell } from 'electron';
import { join } from 'node:path';
import type { WorkspaceInfo } from '../../db/contract/methods';
import type { Result } from '../../db/contract/result';
import type { Backend } from '../router/router';
import type { KeptOpen } from '../shell-services/kept-keys';
import { WORKSPACE_EXTENSION, withWorkspaceExtension } from './workspace-path';

/** What the File menu (and files opened from the OS) can do with the workspace. */
export interface WorkspaceActions {
  newWorkspace(sample: boolean): Promise<void>;
  chooseAndOpen(): Promise<void>;
  open(file: string): Promise<void>;
  showInFolder(): Promise<void>;
}

export interface WorkspaceActionDeps {
  /** The store worker, called directly: these are the analyst's own menu choices, not the page's. */
  backend: Backend;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'>;
  shell: Pick<Shell, 'showItemInFolder'>;
  window: () => BrowserWindow | null;
  documentsDir: string;
  /** Opens an encrypted file with the key this computer keeps for it, when it keeps one. */
  openWithKeptKey?: (file: string) => Promise<KeptOpen>;
}

const FILTERS = [{ name: 'ClusterDesk workspace', extensions: ['clusterdesk'] }];

/**
 * The File menu's workspace commands. They call the same store worker as the page; after a
 * workspace.* write the worker emits data.changed { tables: ['workspace'] }, which the window
 * receives and refreshes from, so nothing here talks to the page. Failures are shown, never thrown.
 */
export function createWorkspaceActions(deps: WorkspaceActionDeps): WorkspaceActions {
  const { backend, dialog, shell } = deps;

  // Dialogs are modal to the window when there is one.
  const save = (options: SaveDialogOptions) => {
    const win = deps.window();
    return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
  };
  const pick = (options: OpenDialogOptions) => {
    const win = deps.window();
    return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
  };
  const tell = async (options: MessageBoxOptions) => {
    const win = deps.window();
    await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  };
  const reportFailure = async (title: string, result: Result<unknown>) => {
    if (!result.ok) await tell({ type: 'error', title: 'ClusterDesk', message: title, detail: result.error.message });
  };

  const open = async (file: string) => {
    // The worker trusts its input, and the contract only accepts workspace files.
    if (!file.endsWith(WORKSPACE_EXTENSION)) {
      await tell({ type: 'error', title: 'ClusterDesk', message: 'ClusterDesk opens only .clusterdesk workspace files.', detail: file });
      return;
    }
    const result = await backend('workspace.open', { file });
    if (!result.ok && result.error.code === 'LOCKED') return unlock(file);
    await reportFailure('The workspace could not be opened.', result);
  };

  /**
   * An encrypted file: opened with the key this computer keeps for it, or else it takes the open
   * workspace's place waiting for its key, and the window asks for its passphrase (and says why a
   * kept key could not be used). Nothing is shown here for that: the window shows it.
   */
  const unlock = async (file: string) => {
    const kept = (await deps.openWithKeptKey?.(file)) ?? { status: 'none' };
    if (kept.status === 'opened') return;
    await reportFailure('The workspace could not be opened.', await backend('workspace.lock', { file }));
  };

  return {
    async newWorkspace(sample) {
      const choice = await save({
        title: sample ? 'New workspace from sample' : 'New workspace',
        defaultPath: join(deps.documentsDir, sample ? 'Sample workspace.clusterdesk' : 'Workspace.clusterdesk'),
        filters: FILTERS,
      });
      if (choice.canceled || !choice.filePath) return;
      const file = withWorkspaceExtension(choice.filePath);
      await reportFailure('The workspace could not be created.', await backend('workspace.create', { file, sample }));
    },
    async chooseAndOpen() {
      const choice = await pick({ title: 'Open workspace', properties: ['openFile'], filters: FILTERS });
      const file = choice.filePaths[0];
      if (!choice.canceled && file) await open(file);
    },
    open,
    async showInFolder() {
      const info = await backend('workspace.info', {});
      // The worker answers with the contract's output type for the method.
      if (info.ok) shell.showItemInFolder((info.value as WorkspaceInfo).file);
      else await reportFailure('There is no workspace file to show.', info);
    },
  };
}
