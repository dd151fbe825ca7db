import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { autoMap, commitImport, exportArchive, importArchive, readImportFile } from '../../../db/io';
import { buildZip, deflatedZeros, sheetXml, workbookParts } from '../../fixtures/io/zip';
import { refusal, useIoWorkspace, type IoWorkspace } from './support';

const workspace = useIoWorkspace();
const MB = 1024 * 1024;

/** What an import handler does with a picked file: read it, map it, commit it. */
async function importPath(io: IoWorkspace, path: string) {
  const file = await readImportFile(path);
  const mapping = autoMap('projects', file.sheet.header).mapping;
  return commitImport(io.ws, file.sheet, { table: 'projects', mapping, numberFormat: 'decimal-point', matchBy: 'name', onMatch: 'update' });
}

/**
 * Runs a hostile import and checks the three promises: a refusal with a clear message, nothing
 * written, and the process's peak memory less than 256 MB above where it started.
 */
async function expectRefused(io: IoWorkspace, run: () => unknown, reason: string, message: RegExp) {
  const before = io.snapshot();
  const rssBefore = process.memoryUsage().rss;
  const err = await refusal(run);
  const peakGrowth = process.resourceUsage().maxRSS * 1024 - rssBefore;
  expect(err.code).toBe('VALIDATION');
  expect(err.details.reason).toBe(reason);
  expect(err.message).toMatch(message);
  expect(io.snapshot()).toEqual(before);
  expect(peakGrowth).toBeLessThan(256 * MB);
}

async function realWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Projects');
  ws.addRow(['Name', 'Country', 'Category', 'Stage']);
  ws.addRow(['Electric buses', 'AZ', 'transport_electrification', 'mou']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function rezip(bytes: Buffer, part: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('hostile files are refused clearly, write nothing, and stay under 256 MB', () => {
  test('a zip bomb that declares its size (a worksheet of 512 MB of zeros)', async () => {
    const io = workspace();
    const zeros = await deflatedZeros(512 * MB);
    const parts = workbookParts('').map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, deflated: { ...zeros, size: 512 * MB } } : p));
    const path = join(io.dir, 'bomb.xlsx');
    writeFileSync(path, buildZip(parts));
    await expectRefused(io, () => importPath(io, path), 'zip-bomb', /^"bomb.xlsx" was refused: part "xl\/worksheets\/sheet1.xml" would grow \d+ times/);
  });

  test('a zip bomb that lies about its size is stopped while inflating', async () => {
    const io = workspace();
    const zeros = await deflatedZeros(512 * MB);
    const parts = workbookParts('').map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, deflated: { ...zeros, size: 512 * MB }, declaredSize: 4 * MB } : p));
    const path = join(io.dir, 'liar.xlsx');
    writeFileSync(path, buildZip(parts));
    await expectRefused(io, () => importPath(io, path), 'zip-bomb', /holds more data than it declares/);
  });

  test('an XLSX with a DOCTYPE (billion laughs) in a part', async () => {
    const io = workspace();
    const laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
    const bytes = await rezip(await realWorkbook(), 'xl/workbook.xml', (xml) => xml.replace('?>', `?>${laughs}`));
    const path = join(io.dir, 'laughs.xlsx');
    writeFileSync(path, bytes);
    await expectRefused(io, () => importPath(io, path), 'doctype', /^"laughs.xlsx" was refused: part "xl\/workbook.xml" contains a DOCTYPE or ENTITY declaration/);
  });

  test('a sheet declaring more than Excel allows', async () => {
    const io = workspace();
    const bytes = await rezip(await realWorkbook(), 'xl/worksheets/sheet1.xml', (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFE2000000"/>'));
    const path = join(io.dir, 'huge.xlsx');
    writeFileSync(path, bytes);
    await expectRefused(io, () => importPath(io, path), 'sheet-limits', /declares 2,000,000 rows and 16,385 columns; Excel's limit is 1,048,576 rows and 16,384 columns/);
  });

  test('a sheet with a cell beyond the limits and no dimension to declare it', async () => {
    const io = workspace();
    const xml = sheetXml([['Name']]).replace('</sheetData>', '<row r="1048577"><c r="A1048577" t="inlineStr"><is><t>x</t></is></c></row></sheetData>');
    const path = join(io.dir, 'deep.xlsx');
    writeFileSync(path, buildZip(workbookParts(xml)));
    await expectRefused(io, () => importPath(io, path), 'sheet-limits', /beyond Excel's limit/);
  });

  test.each(['big.csv', 'big.xlsx'])('a file over 50 MB (%s) is refused before it is read', async (name) => {
    const io = workspace();
    const path = join(io.dir, name);
    writeFileSync(path, '');
    truncateSync(path, 50 * MB + 1);
    await expectRefused(io, () => importPath(io, path), 'too-large', new RegExp(`^"${name}" is too large to import \\(50.0 MB; the limit is 50 MB\\). Split it`));
  });

  test('ragged CSV rows stop the import, naming the rows', async () => {
    const io = workspace();
    const path = join(io.dir, 'ragged.csv');
    writeFileSync(path, 'Name,Country,Category,Stage\nA,AZ,hydrogen,idea\nB,AZ,hydrogen\nC,AZ,hydrogen,idea,fid\n');
    await expectRefused(io, () => importPath(io, path), 'invalid-rows', /^"ragged.csv": 2 problems stop the import \(the first is row 3: "B,AZ,hydrogen" has 3 values but the header has 4 columns/);
  });

  test('an empty file', async () => {
    const io = workspace();
    const path = join(io.dir, 'empty.csv');
    writeFileSync(path, '');
    await expectRefused(io, () => importPath(io, path), 'empty', /^"empty.csv" is empty: there is nothing to import/);
  });

  test('a binary file named .csv', async () => {
    const io = workspace();
    const path = join(io.dir, 'photo.csv');
    writeFileSync(path, Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 2654435761) >>> 24)));
    await expectRefused(io, () => importPath(io, path), 'binary', /^"photo.csv" is not a text file/);
  });

  test('a JSON archive with __proto__ keys', async () => {
    const source = workspace();
    source.ws.write('seed', () => source.ws.repos.partners.create({ name: 'SOCAR', kind: 'state_owned' }));
    const archive = exportArchive(source.ws).toString('utf8').replace('"name":"SOCAR"', '"name":"SOCAR","__proto__":{"isAdmin":true}');
    const io = workspace();
    await expectRefused(io, () => importArchive(io.ws, Buffer.from(archive), 'archive.json'), 'unsafe-key', /^"archive.json" was refused: it contains the key "__proto__"/);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
