import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { readCsv, type Delimiter } from './csv-read';
import type { DecodedText, TextEncoding } from './decode';
import { limits } from './limits';
import { tooLarge } from './refuse';
import type { ImportSheet } from './sheet';
import { sniffFormat } from './sniff';
import { readXlsx, type SheetInfo } from './xlsx-read';

export interface ReadOptions {
  /** CSV only: overrides the detected encoding. */
  encoding?: TextEncoding;
  /** CSV only: overrides the detected delimiter. */
  delimiter?: Delimiter;
  /** XLSX only: the sheet to read; the first visible one otherwise. */
  sheet?: string;
}

export interface ImportFile {
  format: 'csv' | 'xlsx';
  sheet: ImportSheet;
  sheets: SheetInfo[];
  /** CSV only: the encoding used, how sure the guess is, and the others to offer. */
  encoding: Omit<DecodedText, 'text'> | null;
  /** CSV only: the delimiter used and whether it was detected. */
  delimiter: { value: Delimiter; guessed: boolean } | null;
}

/** Reads a file picked for import from its bytes; the content decides between CSV and XLSX, not the name. */
export async function readImportBytes(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ImportFile> {
  if (bytes.length > limits.maxFileBytes) throw tooLarge(fileName, bytes.length, limits.maxFileBytes);
  if (sniffFormat(bytes, fileName) === 'xlsx') {
    const { sheet, sheets } = await readXlsx(bytes, fileName, { sheet: options.sheet });
    return { format: 'xlsx', sheet, sheets, encoding: null, delimiter: null };
  }
  const csv = readCsv(bytes, fileName, options);
  return {
    format: 'csv',
    sheet: csv.sheet,
    sheets: [{ name: csv.sheet.name, hidden: false }],
    encoding: csv.decoded,
    delimiter: { value: csv.delimiter, guessed: csv.delimiterGuessed },
  };
}

/** Reads a file from disk, refusing one over the size cap before reading a byte of it. */
export async function readImportFile(path: string, options: ReadOptions = {}): Promise<ImportFile> {
  const fileName = basename(path);
  const { size } = await stat(path);
  if (size > limits.maxFileBytes) throw tooLarge(fileName, size, limits.maxFileBytes);
  return readImportBytes(await readFile(path), fileName, options);
}
