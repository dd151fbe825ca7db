import { fileURLToPath } from 'node:url';
import { parseShellArgs, UsageError } from './args';
import { ChromiumNotFound } from './find-chromium';
import { startChromiumShell } from './start';

/** `npm run preview`: ClusterDesk in the system's Chromium, for machines without the Electron binary. */
async function main(): Promise<void> {
  const args = parseShellArgs(process.argv.slice(2));
  const distDir = fileURLToPath(new URL('..', import.meta.url));
  const shell = await startChromiumShell({ distDir, ...args });
  const ready = await shell.worker.ready;
  console.log(
    ready.ok
      ? `ClusterDesk is running in Chromium with ${args.workspace}. Close the window to quit.`
      : `ClusterDesk is running in Chromium; the workspace did not open: ${ready.error.message}`,
  );
  const stop = () => void shell.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await shell.closed;
}

main().catch((err: unknown) => {
  if (err instanceof UsageError || err instanceof ChromiumNotFound) console.error(err.message);
  else console.error(`ClusterDesk could not start: ${(err as Error).message}`);
  process.exit(1);
});
