import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { UsageError, parseShellArgs } from '../../electron/chromium-shell/args';
import { defaultWorkspaceFile } from '../../electron/chromium-shell/user-data';

describe('npm run preview arguments', () => {
  test('open the default workspace without creating it, so a first run shows the start screen', () => {
    expect(parseShellArgs([])).toMatchObject({ workspace: defaultWorkspaceFile(), sample: false, headless: false });
  });

  test('--sample creates the named or default workspace from the sample when it is missing', () => {
    expect(parseShellArgs(['--sample'])).toMatchObject({ workspace: defaultWorkspaceFile(), sample: true });
    expect(parseShellArgs(['--workspace', 'drafts/az.clusterdesk', '--sample', '--headless'])).toMatchObject({
      workspace: resolve('drafts/az.clusterdesk'),
      sample: true,
      headless: true,
    });
  });

  test('refuse an unknown option, a missing value and a file that is not a workspace, with the usage', () => {
    expect(() => parseShellArgs(['--fast'])).toThrow(/Unknown option --fast[\s\S]*Usage/);
    expect(() => parseShellArgs(['--workspace'])).toThrow(UsageError);
    expect(() => parseShellArgs(['--workspace', 'notes.txt'])).toThrow(/must end in \.clusterdesk: .*notes\.txt/);
  });
});
