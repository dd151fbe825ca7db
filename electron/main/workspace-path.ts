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
 * What the store worker opens at start: a named file as it is (never created, so a mistyped path
 * does not leave an empty workspace behind), or the default file, made from the sample the first
 * time so a new analyst starts with something to explore.
 */
export function workerStart(named: string | null, userDataDir: string): WorkerStart {
  if (named !== null) return { file: named, createIfMissing: false, sample: false };
  return { file: defaultWorkspaceFile(userDataDir), createIfMissing: true, sample: true };
}

/** Save dialogs on Linux do not always add the extension the filter names. */
export function withWorkspaceExtension(file: string): string {
  return file.endsWith(WORKSPACE_EXTENSION) ? file : `${file}${WORKSPACE_EXTENSION}`;
}
