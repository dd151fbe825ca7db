import { pathInFolder, safeExportName } from '../../../db/io/file-name';

/** The folder of a path as the shell wrote it, whichever separator it uses. */
export const folderOf = (file: string) => file.slice(0, Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')));

/** Where the Chromium shell suggests a file: beside the workspace, under a name valid everywhere. */
export const suggestedPath = (workspaceFile: string, name: string, ext: string) =>
  workspaceFile ? pathInFolder(folderOf(workspaceFile) || '/', safeExportName(name, ext)) : '';

/** A typed path with the chosen format's extension, swapped for the previous one when it had one. */
export function withExtension(path: string, ext: string): string {
  const trimmed = path.trim();
  if (!trimmed) return trimmed;
  return `${trimmed.replace(/\.(csv|xlsx|json)$/i, '')}.${ext}`;
}
