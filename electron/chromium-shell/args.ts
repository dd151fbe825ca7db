import { resolve } from 'node:path';
import { defaultWorkspaceFile, userDataDir } from './user-data';

export interface ShellArgs {
  workspace: string;
  /** Create the workspace from the sample when the file does not exist. */
  sample: boolean;
  headless: boolean;
  profile: string;
  userDataDir: string;
}

export const USAGE = `Usage: npm run preview -- [--workspace FILE.clusterdesk] [--sample] [--headless] [--profile DIR]
  --workspace FILE  open this workspace (default: the one in ClusterDesk's user-data folder)
  --sample          when FILE does not exist, create it from the sample workspace
                    (without it, a missing file shows the start screen, as on first run)
  --headless        run without a window (automation)
  --profile DIR     Chromium profile folder (default: ClusterDesk's user-data folder)`;

export class UsageError extends Error {}

export function parseShellArgs(argv: string[]): ShellArgs {
  const args: ShellArgs = {
    workspace: defaultWorkspaceFile(),
    sample: false,
    headless: false,
    profile: resolve(userDataDir(), 'chromium-profile'),
    userDataDir: userDataDir(),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value.\n${USAGE}`);
      return v;
    };
    if (arg === '--workspace') {
      args.workspace = resolve(value());
    } else if (arg === '--sample') args.sample = true;
    else if (arg === '--headless') args.headless = true;
    else if (arg === '--profile') args.profile = resolve(value());
    else if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    else throw new UsageError(`Unknown option ${arg}.\n${USAGE}`);
  }
  if (!args.workspace.endsWith('.clusterdesk')) throw new UsageError(`The workspace file must end in .clusterdesk: ${args.workspace}`);
  return args;
}
