import { isAbsolute, join, resolve } from 'node:path';
import type { WorkerStart } from '../worker/protocol';

/** The extension the contract requires of every workspace path. */
export const WORKSPACE_EXTENSION = '.clusterdesk';

/** Where the analyst's workspace lives unless they open another: the app's own data folder. */
export function defaultWorkspaceFile(userDataDir: string): string {
  return join(userDataDir, `workspace${WORKSPACE_EXTENSION}`);
}

/**
 * The workspace named on a command line (a double-clicked file on Windows and Linux, or a path
 * typed after the executable): the last argument that is not a switch and ends in .clusterdesk.
 * Relative paths are taken from the folder the command ran in.
 */
export function workspaceFileFromArgs(argv: readonly string[], cwd: string): string | null {
  const named = argv.filter((arg) => !arg.startsWith('-') && arg.endsWith(WORKSPACE_EXTENSION)).at(-1);
  if (named === undefined) return null;
  return isAbsolute(named) ? named : resolve(cwd, named);
}

/**
 * What the store worker opens at start: a named file or the default one, never created here. A
 * mistyped path must not leave an empty workspace behind, and on first run the analyst chooses the
 * language and whether to start empty, from the sample, or from a file of their own.
 */
export function workerStart(named: string | null, userDataDir: string): WorkerStart {
  return { file: named ?? defaultWorkspaceFile(userDataDir), createIfMissing: false, sample: false };
}

/** Save dialogs on Linux do not always add the extension the filter names. */
export function withWorkspaceExtension(file: string): string {
  return file.endsWith(WORKSPACE_EXTENSION) ? file : `${file}${WORKSPACE_EXTENSION}`;
}
