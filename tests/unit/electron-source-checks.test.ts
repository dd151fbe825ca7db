import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Checklist items that are about what the source never does, so they are checked on the source
 * itself: a new window, IPC handler or openExternal call added anywhere in the shell must come
 * through the guarded paths, or this file fails and says where.
 */
const root = join(import.meta.dirname, '..', '..');
const sourcesUnder = (dir: string, pattern: RegExp) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => ({ file: relative(root, join(root, dir, file)).split(sep).join('/'), text: readFileSync(join(root, dir, file), 'utf8') }));
const shellSources = sourcesUnder('electron', /\.ts$/);
/** The Electron app's own code; the Chromium shell (preview and automation) launches the system browser its own way. */
const electronSources = shellSources.filter(({ file }) => !file.startsWith('electron/chromium-shell/'));

/** Every line of the shell's source that matches, as "file: line". */
const linesMatching = (pattern: RegExp, sources = shellSources) =>
  sources.flatMap(({ file, text }) =>
    text
      .split('\n')
      .filter((line) => pattern.test(line) && !/^\s*(\*|\/\/)/.test(line))
      .map((line) => `${file}: ${line.trim()}`),
  );

describe('the shell source', () => {
  test('checklist 17: the only ipcMain handler is the router, on the one invoke channel', () => {
    // Any ipcMain call (handle, on, once, handleOnce) or a WebContents' own ipc shows up here.
    const calls = linesMatching(/\bipcMain\.\w+\(|\.ipc\.\w+\(/);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/^electron\/main\/ipc\.ts: ipcMain\.handle\(INVOKE_CHANNEL, .*=> router\.handle\(senderOf\(event\), method, input\)\);$/);
    const registrations = linesMatching(/handleInvoke\(ipcMain,/);
    expect(registrations).toHaveLength(1);
    expect(registrations[0]).toMatch(/^electron\/main\/main\.ts: handleInvoke\(ipcMain, createRouter\(/);
  });

  test('checklist 15: shell.openExternal is called in one place, behind the allowlist', () => {
    const calls = linesMatching(/\.openExternal\(/);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/^electron\/main\/main\.ts: const openExternal = externalOpener\(\(url\) => shell\.openExternal\(url\)\);$/);
  });

  test('checklist 2-4, 6, 8: every window is built from the secure options', () => {
    const windows = linesMatching(/new BrowserWindow\(/);
    expect(windows).toHaveLength(2);
    for (const line of windows) {
      expect(line).toMatch(/^electron\/main\/main\.ts: .*(new BrowserWindow\(windowOptions\(|createWindow: \(options\) => new BrowserWindow\(options\))/);
    }
    // The printer's createWindow only ever receives printWindowOptions, which extends windowOptions.
    expect(linesMatching(/createWindow\(/)).toEqual(['electron/pdf/electron-printer.ts: const win = deps.createWindow(printWindowOptions(deps.preload));']);
  });

  test('checklist 2-4, 6, 8-12: no setting anywhere turns a protection off or an experiment on', () => {
    const weakening =
      /nodeIntegration\w*:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false|allowRunningInsecureContent:\s*true|webviewTag:\s*true|experimentalFeatures|enableBlinkFeatures|allowpopups|disable-web-security|no-sandbox/;
    expect(linesMatching(weakening, electronSources)).toEqual([]);
    expect(linesMatching(weakening, sourcesUnder('renderer', /\.(tsx?|html)$/))).toEqual([]);
  });

  test('checklist 18: pages come from the app:// protocol, never from file:// or a file protocol handler', () => {
    expect(linesMatching(/file:\/\/|loadFile\(|registerFileProtocol|interceptFileProtocol|registerHttpProtocol/)).toEqual([]);
  });

  test('checklist 1: the pages name no remote script, style, font or image', () => {
    const pages = sourcesUnder('renderer', /\.(css|html)$/);
    expect(pages.map((p) => p.file)).toContain('renderer/index.html');
    expect(linesMatching(/\b(https?|wss?|ftp):\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}\//i, pages)).toEqual([]);
  });

  test('checklist 7: the renderer has one HTML page, so the print route shares its CSP', () => {
    expect(sourcesUnder('renderer', /\.html$/).map((p) => p.file)).toEqual(['renderer/index.html']);
  });

  test("checklist 16: the installed Electron is the major version package.json asks for, one that still gets security fixes", () => {
    const wanted = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron;
    const installed = (createRequire(import.meta.url)('electron/package.json') as { version: string }).version;
    expect(wanted).toMatch(/^\^\d+\.\d+\.\d+$/);
    expect(installed.split('.')[0]).toBe(wanted.slice(1).split('.')[0]);
    // Electron supports its three newest majors; 45 was current when this was written. Raise it with each upgrade.
    expect(Number(installed.split('.')[0])).toBeGreaterThanOrEqual(45);
  });
});
