import type { App, BrowserWindow, Dialog, SafeStorage, Shell } from 'electron';
import { join } from 'node:path';
import type { PdfPrinter } from '../pdf/printer';
import type { Backend } from '../router/router';
import { KeyStore } from '../shell-services/key-store';
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

/** Where the keys of workspaces encrypted with a key kept by this computer are kept, in the user-data folder. */
export const KEY_STORE_FILE = 'keys.json';

/** The Electron side of the methods the shell answers: native dialogs, the OS file manager, the OS key store. */
export function electronShellContext(deps: {
  app: Pick<App, 'getVersion' | 'getPath'>;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  shell: Pick<Shell, 'showItemInFolder'>;
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>;
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
    keyStore: new KeyStore(join(userDataDir, KEY_STORE_FILE), deps.safeStorage),
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
