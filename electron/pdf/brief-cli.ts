import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MethodOutput } from '../../db/contract/methods';
import type { Result } from '../../db/contract/result';
import type { BriefingSummary } from '../../db/schema/summaries';
import { ChromiumNotFound } from '../chromium-shell/find-chromium';
import { startChromiumShell, type RunningShell } from '../chromium-shell/start';
import { checkFolder } from './atomic-write';
import { BriefUsageError, parseBriefArgs, type BriefArgs } from './brief-args';

class BriefFailure extends Error {}

/** Calls a method through the app page's bridge: the same router, checks and printer as an export from the editor. */
async function invoke<T>(shell: RunningShell, method: string, input: unknown): Promise<T> {
  const result = (await shell.page.evaluate(
    ([m, i]) => (window as unknown as { clusterdesk: { invoke(m: string, i: unknown): Promise<unknown> } }).clusterdesk.invoke(m, i),
    [method, input] as const,
  )) as Result<T>;
  if (!result.ok) throw new BriefFailure(result.error.message);
  return result.value;
}

async function run(args: BriefArgs, distDir: string): Promise<string> {
  if (!existsSync(join(distDir, 'renderer', 'index.html'))) throw new BriefFailure('The app is not built: run npm run build first.');
  if (!existsSync(args.workspace) && !args.sample) {
    throw new BriefFailure(`The workspace ${args.workspace} does not exist. Add --sample to create it from the sample workspace.`);
  }
  // A folder that cannot take the file is said before Chromium starts, not after.
  await checkFolder(args.out).catch((err: Error) => {
    throw new BriefFailure(err.message);
  });
  // A profile of its own, so the command never touches the analyst's Chromium or ClusterDesk settings.
  const scratch = mkdtempSync(join(tmpdir(), 'clusterdesk-brief-'));
  let shell: RunningShell | null = null;
  try {
    shell = await startChromiumShell({ distDir, workspace: args.workspace, sample: args.sample, headless: true, profile: join(scratch, 'profile'), userDataDir: scratch });
    const ready = await shell.worker.ready;
    if (!ready.ok) throw new BriefFailure(ready.error.message);
    const briefings = await invoke<BriefingSummary[]>(shell, 'briefings.list', {});
    const briefing = briefings.find((b) => b.name === args.briefing) ?? briefings.find((b) => b.name.trim().toLowerCase() === args.briefing.trim().toLowerCase());
    if (!briefing) {
      const names = briefings.map((b) => `"${b.name}"`).join(', ') || 'none';
      throw new BriefFailure(`No briefing named "${args.briefing}" in ${args.workspace}. Saved briefings: ${names}.`);
    }
    const done = await invoke<MethodOutput<'briefings.export'>>(shell, 'briefings.export', {
      id: briefing.id,
      file: args.out,
      ...(args.language ? { language: args.language } : {}),
    });
    return `Wrote ${done.file}: ${done.pages} pages, ${done.bytes} bytes (briefing "${briefing.name}", ${done.export.language ?? briefing.language}).`;
  } finally {
    await shell?.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** `npm run brief`: prints a saved briefing to PDF with a headless Chromium, without a window. */
async function main(): Promise<void> {
  const args = parseBriefArgs(process.argv.slice(2));
  const distDir = fileURLToPath(new URL('..', import.meta.url));
  console.log(await run(args, distDir));
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    const known = err instanceof BriefUsageError || err instanceof BriefFailure || err instanceof ChromiumNotFound;
    console.error(known ? (err as Error).message : `The briefing could not be printed: ${(err as Error).message}`);
    process.exit(1);
  },
);
