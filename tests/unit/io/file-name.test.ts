import fc from 'fast-check';
import { posix, win32 } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_NAME_BYTES, pathInFolder, safeExportName, staysInside } from '../../../db/io/file-name';

const RUNS = { numRuns: 10_000 };
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Text an analyst or an attacker might give: any Unicode, path tricks, device names, long runs. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom('..', '../..', '..\\..\\windows', '/etc/passwd', 'C:\\Windows\\system32', 'CON', 'con.txt', 'Nul', 'COM1', 'lpt9.csv', 'AUX .csv', 'a. . .', ' . ', '\0', ''),
  fc.tuple(fc.constantFrom('CON', 'prn', 'Aux', 'nUl', 'COM1', 'com9', 'LPT1', 'lpt5', 'COM¹'), fc.constantFrom('', '.csv', '.tar.gz', ' ', '.', ' .x')).map(([a, b]) => a + b),
  fc.array(fc.constantFrom('../', '..\\', '/', '\\', '.', ' ', ':', '*', '?', '"', '<', '>', '|', '\0', '\x1f', '\u202e', 'а', 'ə', 'م', '😀', '👩‍👩‍👧', 'e\u0301'), { maxLength: 400 }).map((parts) => parts.join('')),
);
const extension = fc.constantFrom('csv', 'xlsx', 'json', 'pdf', '.CSV', 'tar.gz');

describe('safeExportName', () => {
  test('is valid on Windows, macOS and Linux for any input', () => {
    fc.assert(
      fc.property(hostile, extension, (name, ext) => {
        const out = safeExportName(name, ext);
        expect(out).not.toMatch(/[<>:"/\\|?*\p{Cc}]/u);
        expect(out).not.toMatch(/[. ]$/);
        expect(out).not.toMatch(/^[. ]/);
        expect(out).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\s*\..*)?$/i);
        expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
        expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(bytes(out)).toBeLessThanOrEqual(MAX_NAME_BYTES);
        expect(out.toLowerCase().endsWith(`.${ext.toLowerCase().replace(/[^a-z0-9]/g, '')}`)).toBe(true);
        expect(out.slice(0, out.lastIndexOf('.')).length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  test('stays inside the chosen folder, by this module\'s check and by Node\'s own path rules', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('/home/analyst/exports', '/tmp/x/', 'C:\\Users\\analyst\\Documents', 'D:\\exports\\'), (name, folder) => {
        const file = pathInFolder(folder, safeExportName(name, 'csv'));
        expect(staysInside(folder, file)).toBe(true);
        const path = folder.startsWith('/') ? posix : win32;
        expect(path.dirname(path.resolve(file))).toBe(path.resolve(folder));
      }),
      RUNS,
    );
  });

  test('is idempotent, and truncation never splits a character', () => {
    fc.assert(
      fc.property(hostile, extension, (name, ext) => {
        const once = safeExportName(name, ext);
        expect(safeExportName(once, ext)).toBe(once);
        // Nothing is cut in the middle of a character, which would leave a replacement character.
        if (!name.includes('\ufffd')) expect(once).not.toContain('\ufffd');
      }),
      RUNS,
    );
  });

  test('keeps ordinary names in every language as they are', () => {
    fc.assert(
      fc.property(fc.constantFrom('Projects', 'Проекты 2026', 'Layihələr', 'المشاريع', 'Base vs slow — 2030'), (name) => {
        expect(safeExportName(name, 'xlsx')).toBe(`${name}.xlsx`);
      }),
    );
    expect(safeExportName('report.CSV', 'csv')).toBe('report.csv');
  });

  test.each([
    ['../../etc/passwd', 'etc-passwd.csv'],
    ['..', 'export.csv'],
    ['CON', '_CON.csv'],
    ['con.txt', '_con.txt.csv'],
    ['lpt1', '_lpt1.csv'],
    ['a<b>:c"d|e?f*', 'a-b-c-d-e-f.csv'],
    ['name. . ', 'name.csv'],
    ['tab\there\0nul', 'tab-here-nul.csv'],
    ['evil\u202Etxt.exe', 'eviltxt.exe.csv'],
  ])('%j becomes %j', (name, expected) => {
    expect(safeExportName(name, 'csv')).toBe(expected);
  });

  test('a name over 255 bytes is cut at a whole character, the extension kept', () => {
    const out = safeExportName('ə'.repeat(200), 'xlsx');
    expect(bytes(out)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(out).toBe(`${'ə'.repeat(124)}.xlsx`);
    const family = safeExportName('👩‍👩‍👧'.repeat(30), 'csv');
    expect(family.replace(/\.csv$/, '').length % '👩‍👩‍👧'.length).toBe(0);
  });
});

describe('staysInside', () => {
  test.each([
    ['/home/a/exports', '/home/a/exports/p.csv', true],
    ['/home/a/exports', '/home/a/exports/sub/p.csv', true],
    ['/home/a/exports', '/home/a/exports/../p.csv', false],
    ['/home/a/exports', '/home/a/exports', false],
    ['/home/a/exports', '/home/a/exports2/p.csv', false],
    ['/home/a/exports', 'p.csv', false],
    ['C:\\Data', 'C:\\Data\\..\\Windows\\x.csv', false],
    ['C:\\Data', 'C:\\Data\\x.csv', true],
    ['/home/a', '/home/a/x\0.csv', false],
  ])('%s holds %s: %s', (folder, file, inside) => {
    expect(staysInside(folder, file)).toBe(inside);
  });
});
