import { listPackage } from '@electron/asar';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeStubElectron } from './stub-electron';

const root = resolve(import.meta.dirname, '../..');
let out: string;
let appDir: string;
let entries: string[];

/** Sum of file sizes below a folder, for the size report. */
function folderBytes(dir: string): number {
  return execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t').map(Number)[0];
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'clusterdesk-pack-'));
  const electronDist = writeStubElectron(join(out, 'electron-dist'));
  // --dir builds the unpacked app only; the stub stands in for the Electron binary, which cannot be downloaded here.
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/electron-builder/cli.js'), '--dir', '--linux', '--x64', `-c.electronDist=${electronDist}`, `-c.directories.output=${join(out, 'release')}`],
    { cwd: root, stdio: 'pipe', env: { ...process.env, CI: 'true' } },
  );
  appDir = join(out, 'release', 'linux-unpacked');
  entries = listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false }).map((e) => e.replace(/\\/g, '/'));
}, 240_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the packaged app (electron-builder --dir with a stub Electron)', () => {
  test('holds the main, preload, worker and renderer bundles', () => {
    for (const file of ['/dist/main/main.cjs', '/dist/preload/preload.cjs', '/dist/worker/store-worker.mjs', '/dist/renderer/index.html', '/package.json']) {
      expect(entries, file).toContain(file);
    }
  });

  test('ships the fonts, and the four locales inside the renderer bundle', () => {
    const fonts = entries.filter((e) => e.startsWith('/dist/renderer/') && e.endsWith('.woff2'));
    expect(fonts.some((f) => /noto-sans-arabic/i.test(f))).toBe(true);
    expect(fonts.some((f) => /noto-sans-cyrillic/i.test(f))).toBe(true);
    const scripts = entries.filter((e) => e.startsWith('/dist/renderer/') && e.endsWith('.js'));
    const bundled = scripts.map((s) => readFileSync(join(root, s))).join('\n');
    for (const locale of ['az', 'ru', 'ar']) {
      const catalogue = JSON.parse(readFileSync(join(root, `renderer/locales/${locale}/translation.json`), 'utf8')) as { nav: Record<string, string> };
      expect(bundled, locale).toContain(Object.values(catalogue.nav)[0]);
    }
  });

  test('unpacks the store worker and the native module of the SQLite driver next to the archive', () => {
    const unpacked = join(appDir, 'resources', 'app.asar.unpacked');
    expect(existsSync(join(unpacked, 'dist/worker/store-worker.mjs'))).toBe(true);
    expect(existsSync(join(unpacked, 'node_modules/better-sqlite3-multiple-ciphers/prebuilds/linux-x64.node'))).toBe(true);
    expect(existsSync(join(unpacked, 'node_modules/better-sqlite3-multiple-ciphers/lib/index.js'))).toBe(true);
    const prebuilds = readdirSync(join(unpacked, 'node_modules/better-sqlite3-multiple-ciphers/prebuilds'));
    expect(prebuilds.filter((f) => !f.startsWith('linux-'))).toEqual([]);
    expect(existsSync(join(unpacked, 'node_modules/better-sqlite3-multiple-ciphers/deps'))).toBe(false);
  });

  test('holds no tests, sources, source maps or benchmark code', () => {
    const unwanted = entries.filter(
      (e) => e.endsWith('.map') || /^\/(tests|db|renderer|electron|scripts)\//.test(e) || e.startsWith('/dist/bench') || /\.test\.[cm]?[jt]sx?$/.test(e),
    );
    expect(unwanted).toEqual([]);
    expect(entries.some((e) => e.startsWith('/node_modules/electron/'))).toBe(false);
  });

  test('flips the fuses in the binary: no Node mode, no NODE_OPTIONS or inspector, the app only from a checked asar', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'clusterdesk'));
    const on = (fuse: FuseV1Options) => wire[fuse] === 49;
    expect(on(FuseV1Options.RunAsNode)).toBe(false);
    expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(false);
    expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe(false);
    expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(true);
    expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe(true);
  });

  test('reports its size', () => {
    const asar = statSync(join(appDir, 'resources', 'app.asar')).size;
    const unpacked = folderBytes(join(appDir, 'resources', 'app.asar.unpacked'));
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    console.log(`packaged app: app.asar ${mb(asar)} MB, app.asar.unpacked ${mb(unpacked)} MB, ${entries.length} entries`);
    expect(asar).toBeGreaterThan(0);
  });
});
