import type { App, BrowserWindow, Dialog, Shell } from 'electron';
import { join } from 'node:path';
import type { PdfPrinter } from '../pdf/printer';
import type { Backend } from '../router/router';
import { SettingsFile } from '../shell-services/settings-file';
import type { FilePurposeName, ShellContext } from '../shell-services/shell-context';

const FILTERS: Record<FilePurposeName, { name: string; extensions: string[] }> = {
  workspace: { name: 'ClusterDesk workspace', extensions: ['clusterdesk'] },
  backup: { name: 'ClusterDesk workspace', extensions: ['clusterdesk'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  json: { name: 'JSON', extensions: ['json'] },
};

/** The Electron side of the methods the shell answers: native dialogs, the OS file manager. */
export function electronShellContext(deps: {
  app: Pick<App, 'getVersion' | 'getPath'>;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  shell: Pick<Shell, 'showItemInFolder'>;
  window: () => BrowserWindow | null;
  backend: Backend;
  printer?: PdfPrinter;
}): ShellContext {
  const userDataDir = deps.app.getPath('userData');
  return {
    shell: 'electron',
    version: deps.app.getVersion(),
    userDataDir,
    settings: new SettingsFile(join(userDataDir, 'settings.json')),
    store: deps.backend,
    printer: deps.printer,
    showItemInFolder: (file) => deps.shell.showItemInFolder(file),
    saveDialog: async (purpose, suggestedName) => {
      const options = { defaultPath: join(deps.app.getPath('documents'), suggestedName), filters: [FILTERS[purpose]] };
      const win = deps.window();
      const result = await (win ? deps.dialog.showSaveDialog(win, options) : deps.dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    openDialog: async (purpose) => {
      const options = { properties: ['openFile' as const], filters: [FILTERS[purpose]] };
      const win = deps.window();
      const result = await (win ? deps.dialog.showOpenDialog(win, options) : deps.dialog.showOpenDialog(options));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
