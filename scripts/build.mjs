// Builds every part without the Electron binary: the renderer with Vite, the Node and Electron
// entry points with esbuild. Output goes to dist/, which both shells and the packager read.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

import { readFileSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);

// Bundled ESM still meets CommonJS dependencies that call require(); give them one.
const requireShim = "import { createRequire as __cdCreateRequire } from 'node:module'; const require = __cdCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  loader: { '.sql': 'text' },
  external: ['electron', 'better-sqlite3-multiple-ciphers', 'playwright-core'],
  absWorkingDir: root,
  define: { 'process.env.CLUSTERDESK_VERSION': JSON.stringify(version) },
};

const nodeEntries = [
  { name: 'main', entry: 'electron/main/main.ts', outfile: 'dist/main/main.cjs', format: 'cjs' },
  { name: 'preload', entry: 'electron/preload/preload.ts', outfile: 'dist/preload/preload.cjs', format: 'cjs' },
  { name: 'worker', entry: 'electron/worker/store-worker.ts', outfile: 'dist/worker/store-worker.mjs', format: 'esm' },
  { name: 'chromium-shell', entry: 'electron/chromium-shell/cli.ts', outfile: 'dist/chromium-shell/shell.mjs', format: 'esm' },
  { name: 'bench', entry: 'tests/bench/run.ts', outfile: 'dist/bench/run.mjs', format: 'esm' },
  { name: 'brief', entry: 'electron/pdf/brief-cli.ts', outfile: 'dist/pdf/brief.mjs', format: 'esm' },
];

const started = Date.now();
if (wanted('renderer')) {
  rmSync(`${root}dist/renderer`, { recursive: true, force: true });
  await viteBuild({ configFile: `${root}renderer/vite.config.ts`, logLevel: 'warn' });
}
await Promise.all(
  nodeEntries
    .filter((e) => wanted(e.name))
    .map((e) =>
      esbuild({
        ...common,
        entryPoints: [e.entry],
        outfile: e.outfile,
        format: e.format,
        banner: e.format === 'esm' ? { js: requireShim } : undefined,
      }),
    ),
);
console.log(`built ${only.length ? only.join(', ') : 'all parts'} in ${Date.now() - started} ms`);
