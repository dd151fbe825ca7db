import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, test } from 'vitest';

// js-yaml and app-builder-lib come with electron-builder; resolve them the way it does.
const builderRequire = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const { load } = builderRequire('js-yaml') as { load: (text: string) => unknown };
const { validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: Configuration, debug: { isEnabled: boolean; add: () => void }) => Promise<void>;
};

const config = load(readFileSync(join(import.meta.dirname, '..', '..', 'electron-builder.yml'), 'utf8')) as Configuration;
const validate = (c: Configuration) => validateConfiguration(c, { isEnabled: false, add: () => {} });

describe('electron-builder.yml', () => {
  test("matches electron-builder's own schema, which rejects a misspelt key", async () => {
    await expect(validate(config)).resolves.toBeUndefined();
    await expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } as Configuration['electronFuses'] })).rejects.toThrow(/configuration/);
    // Compiling electron-builder's schema takes a couple of seconds.
  }, 30_000);

  // Checklist item 19 (fuses): the binary cannot be turned into Node or opened to an inspector.
  test('flips the fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  test('packs the app into asar, unpacking the store worker and the native addon', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node', 'dist/worker/**', 'node_modules/better-sqlite3-multiple-ciphers/**']));
  });

  test('publishes nowhere, on any platform: no auto-update', () => {
    const publishes: unknown[] = [];
    const walk = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'publish') publishes.push(inner);
        walk(inner);
      }
    };
    walk(config);
    expect(publishes).toEqual([null]);
  });

  test('packages the built bundles and opens .clusterdesk files', () => {
    expect(config.appId).toBe('org.clusterdesk.app');
    expect(config.productName).toBe('ClusterDesk');
    expect(config.directories?.output).toBe('release');
    expect(config.files).toContain('dist/**/*');
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'clusterdesk' })]);
  });

  test('gives every platform the app icon, a square PNG of at least 512 px that electron-builder converts', () => {
    for (const platform of [config.win, config.mac, config.linux]) expect(platform?.icon).toBe('build/icon.png');
    const png = readFileSync(join(import.meta.dirname, '..', '..', 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(512);
  });

  test('builds a per-user Windows installer that never elevates, and the other targets', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.win?.target).toEqual(['nsis', 'portable']);
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });
});
