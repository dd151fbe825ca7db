import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startChromiumShell, type RunningShell } from '../../../electron/chromium-shell/start';

const root = resolve(import.meta.dirname, '../../..');
export const distDir = join(root, 'dist');
export const outputDir = join(root, 'test-output', 'e2e');

export interface Session {
  dir: string;
  workspace: string;
  shell: RunningShell;
  page: Page;
  /** Closes the window and the store; the workspace file stays for a restart. */
  stop(): Promise<void>;
  /** Starts the shell again on the same workspace and profile, as after quitting the app. */
  restart(): Promise<Session>;
  cleanup(): Promise<void>;
}

/** Runs the built app in headless Chromium on a workspace file in a fresh folder. */
export async function openSession(options: { sample: boolean; dir?: string; workspaceName?: string }): Promise<Session> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'clusterdesk-e2e-'));
  const workspace = join(dir, options.workspaceName ?? 'workspace.clusterdesk');
  const shell = await startChromiumShell({
    distDir,
    workspace,
    sample: options.sample,
    headless: true,
    profile: join(dir, 'profile'),
    userDataDir: dir,
    viewport: { width: 1280, height: 800 },
  });
  const session: Session = {
    dir,
    workspace,
    shell,
    page: shell.page,
    stop: () => shell.close(),
    restart: async () => {
      await shell.close();
      return openSession({ ...options, dir });
    },
    cleanup: async () => {
      await shell.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return session;
}

/** Keeps a picture of what the analyst saw, in test-output/e2e for the CI log. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(outputDir, { recursive: true });
  const path = join(outputDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'clusterdesk-e2e-'));
