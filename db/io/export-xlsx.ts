import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportColumn, ExportTable } from './export-table';
import { escapeFormula } from './formula';

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const WIDTH_SAMPLE_ROWS = 500;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A typed cell: numbers and complete dates as such, partial dates and text as text, escaped. */
function cellValue(value: unknown, column: ExportColumn): ExcelJS.CellValue {
  if (value == null) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (column.type === 'date' && FULL_DATE.test(value)) return new Date(`${value}T00:00:00Z`);
    return escapeFormula(value);
  }
  return escapeFormula(JSON.stringify(value));
}

/** Only dates need a format; other cells keep Excel's General format, which spares exceljs a style lookup per cell. */
const DATE_FORMAT = 'yyyy-mm-dd';

/** Wide enough for the header and the longest of the first rows, within bounds. */
function widthOf(table: ExportTable, column: ExportColumn): number {
  let longest = column.header.length;
  for (const row of table.rows.slice(0, WIDTH_SAMPLE_ROWS)) {
    const v = row[column.key];
    if (v != null) longest = Math.max(longest, String(v).length);
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetNames(tables: ExportTable[]): string[] {
  const used = new Set<string>();
  return tables.map((t) => {
    const base = t.name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Sheet';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * Tables as an XLSX workbook, one sheet each: a bold header row, the first row frozen, column
 * widths fitted, typed cells. exceljs's streaming writer keeps memory low for large tables.
 */
export async function toXlsx(tables: ExportTable[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const names = sheetNames(tables);
  tables.forEach((table, i) => {
    const sheet = book.addWorksheet(names[i], { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ key: c.key, width: widthOf(table, c), ...(c.type === 'date' ? { style: { numFmt: DATE_FORMAT } } : {}) }));
    const header = sheet.addRow(table.columns.map((c) => escapeFormula(c.header)));
    header.font = { bold: true };
    header.commit();
    for (const row of table.rows) sheet.addRow(table.columns.map((c) => cellValue(row[c.key], c))).commit();
    sheet.commit();
  });
  await book.commit();
  await done;
  return Buffer.concat(chunks);
}
