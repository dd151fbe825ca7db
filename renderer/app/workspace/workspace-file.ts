/** The extension the contract requires of every workspace path. */
export const WORKSPACE_EXTENSION = '.clusterdesk';

export const isWorkspacePath = (path: string) => path.endsWith(WORKSPACE_EXTENSION) && path.length > WORKSPACE_EXTENSION.length;

/** Save dialogs on Linux do not always add the extension their filter names. */
export const withWorkspaceExtension = (path: string) => (path.endsWith(WORKSPACE_EXTENSION) ? path : `${path}${WORKSPACE_EXTENSION}`);

/**
 * Where a new workspace goes unless the analyst says otherwise: ClusterDesk's own user-data folder,
 * under the name the shells open by default, written with that folder's own separator.
 */
export function suggestedWorkspaceFile(userDataDir: string): string {
  const separator = userDataDir.includes('\\') && !userDataDir.includes('/') ? '\\' : '/';
  const folder = userDataDir.endsWith(separator) ? userDataDir.slice(0, -1) : userDataDir;
  return `${folder}${separator}workspace${WORKSPACE_EXTENSION}`;
}
