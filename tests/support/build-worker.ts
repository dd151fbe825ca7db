import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const repo = resolve(import.meta.dirname, '../..');

/**
 * Bundles the store worker entry (TypeScript that imports .sql files) into an .mjs file the way the
 * app build does. The file is written inside the repository so that the bundle's
 * `import 'better-sqlite3'` resolves from /work/main/node_modules, as it does in the app.
 */
export async function buildStoreWorker(): Promise<string> {
  const dir = join(repo, 'node_modules', '.cache', 'clusterdesk-test');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `store-worker-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [join(repo, 'electron/worker/store-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    external: ['better-sqlite3'],
    loader: { '.sql': 'text' },
    logLevel: 'silent',
  });
  return outfile;
}
