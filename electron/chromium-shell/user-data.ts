import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folder Electron would use as userData for ClusterDesk, so both shells share one workspace. */
export function userDataDir(env = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'ClusterDesk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'ClusterDesk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'ClusterDesk');
}

export const defaultWorkspaceFile = (env = process.env, platform = process.platform) =>
  join(userDataDir(env, platform), 'workspace.clusterdesk');
