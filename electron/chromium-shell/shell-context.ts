import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import type { PdfPrinter } from '../pdf/printer';
import type { Backend } from '../router/router';
import { SettingsFile } from '../shell-services/settings-file';
import type { ShellContext } from '../shell-services/shell-context';

/** Opens the OS file manager at a file, as Electron's shell.showItemInFolder does. */
function revealInFileManager(file: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', ['-R', file]]
      : process.platform === 'win32'
        ? ['explorer', [`/select,${file}`]]
        : ['xdg-open', [dirname(file)]];
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => {});
  child.unref();
}

/**
 * The Chromium shell's side of the shell methods. Chromium offers no native file dialogs to a
 * Node program, so the renderer asks for paths itself (nativeDialogs: false).
 */
export function chromiumShellContext(deps: { userDataDir: string; backend: Backend; printer?: PdfPrinter }): ShellContext {
  return {
    shell: 'chromium',
    version: process.env.CLUSTERDESK_VERSION ?? '0.0.0-dev',
    userDataDir: deps.userDataDir,
    settings: new SettingsFile(join(deps.userDataDir, 'settings.json')),
    store: deps.backend,
    showItemInFolder: revealInFileManager,
    saveDialog: null,
    openDialog: null,
    printer: deps.printer,
  };
}
