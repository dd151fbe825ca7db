import { join, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundlePaths } from '../../electron/main/bundle-paths';
import { defaultWorkspaceFile, withWorkspaceExtension, workerStart, workspaceFileFromArgs } from '../../electron/main/workspace-path';

describe('the workspace file', () => {
  test('defaults to workspace.clusterdesk in the user data folder, not created before the first-run choice', () => {
    const userData = join(sep, 'home', 'ana', '.config', 'ClusterDesk');
    expect(defaultWorkspaceFile(userData)).toBe(join(userData, 'workspace.clusterdesk'));
    expect(workerStart(null, userData)).toEqual({ file: join(userData, 'workspace.clusterdesk'), createIfMissing: false, sample: false });
  });

  test('is the file named on the command line when there is one, opened but never created', () => {
    const file = join(sep, 'data', 'north-sea.clusterdesk');
    expect(workerStart(file, '/ignored')).toEqual({ file, createIfMissing: false, sample: false });
  });

  test('is taken from the last argument ending in .clusterdesk, skipping switches', () => {
    const cwd = join(sep, 'work');
    expect(workspaceFileFromArgs(['ClusterDesk.exe'], cwd)).toBeNull();
    expect(workspaceFileFromArgs(['electron', '.', '--inspect=x.clusterdesk'], cwd)).toBeNull();
    expect(workspaceFileFromArgs(['ClusterDesk', join(sep, 'a', 'one.clusterdesk'), 'two.clusterdesk'], cwd)).toBe(resolve(cwd, 'two.clusterdesk'));
    expect(workspaceFileFromArgs(['ClusterDesk', 'notes.txt'], cwd)).toBeNull();
  });

  test('gains the extension when a save dialog left it off', () => {
    expect(withWorkspaceExtension('/tmp/Teesside')).toBe('/tmp/Teesside.clusterdesk');
    expect(withWorkspaceExtension('/tmp/Teesside.clusterdesk')).toBe('/tmp/Teesside.clusterdesk');
  });
});

describe('the bundle paths', () => {
  test('sit beside the main bundle in dist/', () => {
    const main = join(sep, 'repo', 'dist', 'main');
    expect(bundlePaths(main)).toEqual({
      preload: join(sep, 'repo', 'dist', 'preload', 'preload.cjs'),
      renderer: join(sep, 'repo', 'dist', 'renderer'),
      worker: join(sep, 'repo', 'dist', 'worker', 'store-worker.mjs'),
    });
  });

  test('take the worker from app.asar.unpacked, and everything else from the archive', () => {
    const resources = join(sep, 'opt', 'ClusterDesk', 'resources');
    const paths = bundlePaths(join(resources, 'app.asar', 'dist', 'main'));
    expect(paths.worker).toBe(join(resources, 'app.asar.unpacked', 'dist', 'worker', 'store-worker.mjs'));
    expect(paths.preload).toBe(join(resources, 'app.asar', 'dist', 'preload', 'preload.cjs'));
    expect(paths.renderer).toBe(join(resources, 'app.asar', 'dist', 'renderer'));
  });
});
