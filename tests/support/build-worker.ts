import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const repo = resolve(import.meta.dirname, '../..');

export interface BundleOptions {
  /** 'cjs' starts a little faster, for programs started many times; the default is 'esm'. */
  format?: 'esm' | 'cjs';
  minify?: boolean;
}

/**
 * Bundles a TypeScript entry of the repository (which may import .sql files) into one file the way
 * the app build does, and returns its path. The file is written inside the repository so that the
 * bundle's `import 'better-sqlite3-multiple-ciphers'` resolves from /work/main/node_modules, as it does in the app.
 */
export async function bundleForNode(entry: string, name: string, options: BundleOptions = {}): Promise<string> {
  const format = options.format ?? 'esm';
  const dir = join(repo, 'node_modules', '.cache', 'clusterdesk-test');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${name}-${process.pid}-${Date.now()}.${format === 'esm' ? 'mjs' : 'cjs'}`);
  await build({
    entryPoints: [resolve(repo, entry)],
    bundle: true,
    platform: 'node',
    format,
    minify: options.minify ?? false,
    outfile,
    external: ['better-sqlite3-multiple-ciphers'],
    loader: { '.sql': 'text' },
    // As in scripts/build.mjs: bundled ESM still meets CommonJS dependencies (the XLSX reader's) that call require().
    banner: format === 'esm' ? { js: "import { createRequire as __cdCreateRequire } from 'node:module'; const require = __cdCreateRequire(import.meta.url);" } : undefined,
    logLevel: 'silent',
  });
  return outfile;
}

/** The store worker entry, bundled for a worker thread. */
export function buildStoreWorker(): Promise<string> {
  return bundleForNode('electron/worker/store-worker.ts', 'store-worker');
}
