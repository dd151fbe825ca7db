import { posix } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../contract/result';
import { limits } from './limits';
import { refuse, tooLarge } from './refuse';
import type { ReportIssue } from './report';
import { headerOf, isBlankRow, type Cell, type ImportSheet } from './sheet';
import { inspectWorkbookZip, type WorkbookZip } from './zip-inspect';

/**
 * exceljs's streaming WorkbookReader reads the ZIP in one pass and, on Node 22, often loses the
 * last parts (xl/workbook.xml, so sheet names) or whole sheets (exceljs issues 2790, 3064); it also
 * decodes each chunk separately, breaking a Cyrillic letter split between chunks. So this module
 * drives the reader's own part parsers in a fixed order over parts from inspectWorkbookZip, which
 * are already checked and decoded as UTF-8 across chunk boundaries. These parser methods are
 * exceljs internals (4.4), named here in one interface.
 */
interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  name: string;
}
interface BookInternals {
  model?: { sheets?: { id: number; name: string; state?: string; rId: string }[] };
  workbookRels?: { Id: string; Type: string; Target: string }[];
  properties?: { model?: { date1904?: boolean } };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseWorksheet(iterator: Readable, sheetNo: string): Iterable<{ eventType: string; value: SheetReader }>;
}

export interface SheetInfo {
  name: string;
  hidden: boolean;
}

export interface XlsxRead {
  sheet: ImportSheet;
  /** Every worksheet of the workbook in its tab order, for the sheet picker. */
  sheets: SheetInfo[];
}

interface ErrorCell {
  row: number;
  column: number;
  error: string;
}

interface Collected {
  rows: Cell[][];
  rowNumbers: number[];
  errors: ErrorCell[];
}

/** exceljs's cell values (rich text, formulas with results, hyperlinks) as plain cells; an error value is reported. */
function plainCell(value: unknown, onError: (error: string) => void): Cell {
  if (value == null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string; formula?: string; sharedFormula?: string };
  if (v.richText) return v.richText.map((r) => r.text).join('');
  if (v.error) {
    onError(v.error);
    return null;
  }
  if (v.formula !== undefined || v.sharedFormula !== undefined) return v.result === undefined ? null : plainCell(v.result, onError);
  if (v.text !== undefined) return plainCell(v.text, onError);
  return String(value);
}

async function collect(reader: SheetReader, fileName: string): Promise<Collected> {
  const out: Collected = { rows: [], rowNumbers: [], errors: [] };
  for await (const row of reader) {
    const values = row.values as unknown[];
    if (row.number > limits.maxRows || values.length - 1 > limits.maxColumns) {
      throw refuse(fileName, 'sheet-limits', `has a sheet with a cell beyond Excel's limit of ${limits.maxRows.toLocaleString('en')} rows and ${limits.maxColumns.toLocaleString('en')} columns. Save the workbook again in Excel, or export the sheet as CSV.`);
    }
    const cells: Cell[] = [];
    for (let c = 1; c < values.length; c++) cells.push(plainCell(values[c], (error) => out.errors.push({ row: row.number, column: c, error })));
    if (isBlankRow(cells)) continue;
    out.rows.push(cells);
    out.rowNumbers.push(row.number);
  }
  return out;
}

/** Lines up a sheet's rows under its first non-blank row, the header. */
function toSheet(c: Collected, name: string, fileName: string, date1904: boolean): ImportSheet {
  const [headerCells = [], ...rows] = c.rows;
  const header = headerOf(headerCells);
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  while (header.length < width) header.push(`Column ${header.length + 1}`);
  const issues: ReportIssue[] = c.errors.map((e) => ({
    row: e.row,
    column: header[e.column - 1],
    value: e.error,
    code: 'xlsx.cellError',
    params: { error: e.error },
    problem: `holds the Excel error ${e.error}; correct the cell in the workbook`,
    severity: 'error',
  }));
  return { fileName, name, header, rows, rowNumbers: c.rowNumbers.slice(1), issues, date1904 };
}

const WORKSHEET_REL = /\/worksheet$/;

/** The worksheets in tab order, each with the part that holds it. */
function worksheets(book: BookInternals): (SheetInfo & { part: string })[] {
  return (book.model?.sheets ?? []).flatMap((s) => {
    const rel = book.workbookRels?.find((r) => r.Id === s.rId && WORKSHEET_REL.test(r.Type));
    if (!rel) return [];
    const part = rel.Target.startsWith('/') ? rel.Target.slice(1) : posix.normalize(posix.join('xl', rel.Target));
    return [{ name: s.name, hidden: s.state !== undefined && s.state !== 'visible', part }];
  });
}

async function readParts(zip: WorkbookZip, fileName: string, wanted: string | undefined): Promise<XlsxRead> {
  const part = (name: string) => zip.open(name);
  const book = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' }) as unknown as BookInternals;
  const rels = part('xl/_rels/workbook.xml.rels');
  if (!rels) throw refuse(fileName, 'not-a-workbook', 'has no list of its sheets (xl/_rels/workbook.xml.rels). Open it in Excel and save it again as .xlsx.');
  await book._parseRels(rels);
  await book._parseWorkbook(part('xl/workbook.xml')!);
  const strings = part('xl/sharedStrings.xml');
  if (strings) for await (const _ of book._parseSharedStrings(strings));
  const sheets = worksheets(book);
  const chosen = wanted === undefined ? (sheets.find((s) => !s.hidden) ?? sheets[0]) : sheets.find((s) => s.name === wanted);
  const info = sheets.map(({ name, hidden }) => ({ name, hidden }));
  if (!chosen) {
    const list = sheets.map((s) => `"${s.name}"`).join(', ');
    throw refuse(fileName, 'no-sheet', wanted === undefined ? 'has no worksheets.' : `has no sheet named "${wanted}"; its sheets are ${list}.`, { sheets: info });
  }
  const stream = part(chosen.part);
  if (!stream) throw refuse(fileName, 'zip-damaged', `is missing the part of sheet "${chosen.name}". Open it in Excel and save it again as .xlsx.`);
  const [{ value: reader }] = [...book._parseWorksheet(stream, chosen.part)];
  const collected = await collect(reader, fileName);
  if (collected.rows.length === 0) throw refuse(fileName, 'empty', `has nothing in sheet "${chosen.name}". Choose another sheet.`, { sheets: info });
  return { sheet: toSheet(collected, chosen.name, fileName, book.properties?.model?.date1904 === true), sheets: info };
}

/** Reads one sheet of a workbook (the first visible one, unless named) after its container has passed inspection. */
export async function readXlsx(bytes: Uint8Array, fileName: string, options: { sheet?: string } = {}): Promise<XlsxRead> {
  if (bytes.length > limits.maxFileBytes) throw tooLarge(fileName, bytes.length, limits.maxFileBytes);
  const zip = await inspectWorkbookZip(bytes, fileName);
  try {
    return await readParts(zip, fileName, options.sheet);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw refuse(fileName, 'zip-damaged', `could not be read as a workbook (${(err as Error).message}). Open it in Excel and save it again as .xlsx.`);
  }
}
