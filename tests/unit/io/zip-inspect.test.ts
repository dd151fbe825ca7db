import { describe, expect, test } from 'vitest';
import { inspectWorkbookZip } from '../../../db/io';
import { buildZip, sheetXml, workbookParts, type ZipEntrySpec } from '../../fixtures/io/zip';

const refusal = async (bytes: Buffer) => {
  try {
    await inspectWorkbookZip(bytes, 'book.xlsx');
  } catch (err) {
    return err as { message: string; details: { reason: string } };
  }
  throw new Error('expected a refusal');
};

const good = () => workbookParts(sheetXml([['Name', 'Capex'], ['Plant', 12.5]], 'A1:B2'));
const replace = (parts: ZipEntrySpec[], name: string, data: string) => parts.map((p) => (p.name === name ? { ...p, data: Buffer.from(data) } : p));

describe('inspectWorkbookZip', () => {
  test('a well-formed workbook passes and lists its parts', async () => {
    expect((await inspectWorkbookZip(buildZip(good()), 'book.xlsx')).names).toContain('xl/worksheets/sheet1.xml');
  });

  test('a part that would inflate a thousandfold is a zip bomb', async () => {
    const bomb = [...good(), { name: 'xl/media/zeros.bin', data: Buffer.alloc(20 * 1024 * 1024) }];
    const err = await refusal(buildZip(bomb));
    expect(err.details.reason).toBe('zip-bomb');
    expect(err.message).toMatch(/^"book.xlsx" was refused: part "xl\/media\/zeros.bin" would grow \d+ times/);
  });

  test('a part holding more than it declares is stopped while inflating', async () => {
    const liar = [...good(), { name: 'xl/media/liar.bin', data: Buffer.alloc(4 * 1024 * 1024), declaredSize: 1_000_000 }];
    const err = await refusal(buildZip(liar));
    expect(err.details.reason).toBe('zip-bomb');
    expect(err.message).toMatch(/holds more data than it declares/);
  });

  test('parts declaring more than the total cap are refused from the directory alone', async () => {
    const many = Array.from({ length: 301 }, (_, i) => ({ name: `xl/media/p${i}.bin`, data: Buffer.from('x'), declaredSize: 1024 * 1024 }));
    const err = await refusal(buildZip([...good(), ...many]));
    expect(err.details.reason).toBe('zip-bomb');
    expect(err.message).toMatch(/more than 300.0 MB once uncompressed/);
  });

  test('ten thousand parts are refused', async () => {
    const many = Array.from({ length: 10_001 }, (_, i) => ({ name: `p${i}`, data: Buffer.alloc(0), method: 0 as const }));
    expect((await refusal(buildZip(many))).details.reason).toBe('zip-bomb');
  });

  test.each([
    ['in the worksheet', 'xl/worksheets/sheet1.xml'],
    ['in the content types', '[Content_Types].xml'],
  ])('a DOCTYPE %s is refused', async (_, part) => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>';
    const err = await refusal(buildZip(replace(good(), part, xml)));
    expect(err.details.reason).toBe('doctype');
    expect(err.message).toContain(`part "${part}" contains a DOCTYPE`);
  });

  test('a lower-case doctype split across two inflated chunks is still found', async () => {
    const xml = `<?xml version="1.0"?><!--${'x'.repeat(16_384 - 25 - 3 - 4)}--><!doctype worksheet><worksheet/>`;
    expect((await refusal(buildZip(replace(good(), 'xl/worksheets/sheet1.xml', xml)))).details.reason).toBe('doctype');
  });

  test.each(['A1:XFE1', 'A1:B1048577'])('a sheet declaring %s is over Excel\'s limits', async (dimension) => {
    const err = await refusal(buildZip(workbookParts(sheetXml([['a']], dimension))));
    expect(err.details.reason).toBe('sheet-limits');
    expect(err.message).toMatch(/Excel's limit is 1,048,576 rows and 16,384 columns/);
  });

  test('data hidden between the parts and the directory is refused', async () => {
    expect((await refusal(buildZip(good(), { gapBeforeDirectory: Buffer.from('hidden') }))).details.reason).toBe('zip-damaged');
  });

  test('a damaged part fails its checksum', async () => {
    const zip = buildZip(good().map((p) => ({ ...p, method: 0 as const })));
    const at = zip.indexOf('Plant');
    zip[at] = 'Q'.charCodeAt(0);
    const err = await refusal(zip);
    expect(err.details.reason).toBe('zip-damaged');
    expect(err.message).toMatch(/fails its checksum/);
  });

  test('an XML part not in UTF-8 is refused, so that no scan can be dodged', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<!DOCTYPE x><worksheet/>', 'utf16le')]);
    const parts = good().map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, data: utf16 } : p));
    expect((await refusal(buildZip(parts))).details.reason).toBe('zip-damaged');
  });

  test('a Word document is not a workbook', async () => {
    const err = await refusal(buildZip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]));
    expect(err.details.reason).toBe('not-a-workbook');
    expect(err.message).toMatch(/is a Word document, not an Excel workbook/);
  });

  test('an encrypted part is refused with how to remove the password', async () => {
    const zip = buildZip(good());
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt16LE(1, central + 8);
    expect((await refusal(zip)).message).toMatch(/is encrypted. Remove the password/);
  });

  test('garbage after a ZIP signature is damaged, not a crash', async () => {
    expect((await refusal(Buffer.from('PK\x03\x04 not really a zip', 'latin1'))).details.reason).toBe('zip-damaged');
  });
});
