import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { readImportBytes, readXlsx } from '../../../db/io';
import { buildZip, sheetXml, workbookParts } from '../../fixtures/io/zip';
import { refusal } from './support';

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  test('reads typed cells: numbers, text, booleans, formulas by result, rich text, dates as serials', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Projects');
      ws.addRow(['Name', 'Capex', 'Flag', 'Total', 'Signed on']);
      ws.addRow([{ richText: [{ text: 'Bus ' }, { text: 'plant' }] }, 1234.5, true, { formula: 'B2*2', result: 2469 }, new Date(Date.UTC(2024, 10, 12))]);
      ws.addRow([]);
      ws.addRow(['Second', null, false, null, '2024-11']);
    });
    const { sheet, sheets } = await readXlsx(bytes, 'book.xlsx');
    expect(sheets).toEqual([{ name: 'Projects', hidden: false }]);
    expect(sheet.header).toEqual(['Name', 'Capex', 'Flag', 'Total', 'Signed on']);
    expect(sheet.rows[0]).toEqual(['Bus plant', 1234.5, true, 2469, 45608]);
    expect(sheet.rows[1]).toEqual(['Second', null, false, null, '2024-11']);
    expect(sheet.rowNumbers).toEqual([2, 4]);
  });

  test('reads the named sheet, or the first visible one; lists all in tab order', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('Hidden', { state: 'hidden' }).addRow(['h']);
      wb.addWorksheet('Clusters').addRow(['Name']);
      wb.addWorksheet('Partners').addRow(['Partner']);
    });
    const first = await readXlsx(bytes, 'b.xlsx');
    expect(first.sheets).toEqual([
      { name: 'Hidden', hidden: true },
      { name: 'Clusters', hidden: false },
      { name: 'Partners', hidden: false },
    ]);
    expect(first.sheet.name).toBe('Clusters');
    expect((await readXlsx(bytes, 'b.xlsx', { sheet: 'Partners' })).sheet.header).toEqual(['Partner']);
    const missing = await refusal(() => readXlsx(bytes, 'b.xlsx', { sheet: 'Nope' }));
    expect(missing.details.reason).toBe('no-sheet');
    expect(missing.message).toBe('"b.xlsx" has no sheet named "Nope"; its sheets are "Hidden", "Clusters", "Partners".');
  });

  test('Excel error values are reported at their cell', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(['Name', 'Capex']);
      ws.addRow(['A', { error: '#DIV/0!' }]);
    });
    const { sheet } = await readXlsx(bytes, 'e.xlsx');
    expect(sheet.issues).toEqual([
      { row: 2, column: 'Capex', value: '#DIV/0!', code: 'xlsx.cellError', params: { error: '#DIV/0!' }, problem: 'holds the Excel error #DIV/0!; correct the cell in the workbook', severity: 'error' },
    ]);
  });

  test('the 1904 date system is carried to the sheet', async () => {
    const bytes = await workbook((wb) => {
      wb.properties.date1904 = true;
      wb.addWorksheet('S').addRow(['a']);
    });
    expect((await readXlsx(bytes, 'd.xlsx')).sheet.date1904).toBe(true);
  });

  test('a workbook saved with a .csv name is still read as a workbook', async () => {
    const bytes = await workbook((wb) => wb.addWorksheet('S').addRow(['Title']));
    const file = await readImportBytes(bytes, 'renamed.csv');
    expect(file).toMatchObject({ format: 'xlsx', encoding: null, delimiter: null });
  });

  test('an empty sheet is refused', async () => {
    const bytes = await workbook((wb) => wb.addWorksheet('Empty'));
    const err = await refusal(() => readXlsx(bytes, 'x.xlsx'));
    expect(err.details.reason).toBe('empty');
    expect(err.message).toBe('"x.xlsx" has nothing in sheet "Empty". Choose another sheet.');
  });

  test('Cyrillic and Arabic text survives parts larger than one inflated chunk', async () => {
    const names = Array.from({ length: 3000 }, (_, i) => `Проект ${i}: Сумгайыт — مجمع ${i}`);
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(['Name']);
      for (const n of names) ws.addRow([n]);
    });
    const { sheet } = await readXlsx(bytes, 'big.xlsx');
    expect(sheet.rows.map((r) => r[0])).toEqual(names);
  });

  test('a worksheet named by an absolute path in the relations is found', async () => {
    const parts = workbookParts(sheetXml([['Title'], ['Report']])).map((p) =>
      p.name === 'xl/_rels/workbook.xml.rels' ? { ...p, data: Buffer.from(p.data.toString().replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/sheet1.xml"')) } : p,
    );
    const { sheet, sheets } = await readXlsx(buildZip(parts), 'abs.xlsx');
    expect(sheets).toEqual([{ name: 'Data', hidden: false }]);
    expect(sheet.rows).toEqual([['Report']]);
  });
});
