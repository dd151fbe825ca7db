import { join, sep } from 'node:path';

export interface BundlePaths {
  preload: string;
  renderer: string;
  worker: string;
}

/**
 * Where the built parts sit relative to the main bundle (dist/main/main.cjs). Takes the bundle's
 * folder as an argument so tests can pass any folder; main.ts passes __dirname.
 */
export function bundlePaths(mainDir: string): BundlePaths {
  return {
    preload: join(mainDir, '..', 'preload', 'preload.cjs'),
    renderer: join(mainDir, '..', 'renderer'),
    worker: unpacked(join(mainDir, '..', 'worker', 'store-worker.mjs')),
  };
}

/**
 * A worker thread is started from a real file, not from inside app.asar, and it must find
 * the SQLite driver (better-sqlite3-multiple-ciphers) beside it; electron-builder.yml unpacks both to app.asar.unpacked.
 */
function unpacked(path: string): string {
  const packed = `${sep}app.asar${sep}`;
  return path.includes(packed) ? path.replace(packed, `${sep}app.asar.unpacked${sep}`) : path;
}
