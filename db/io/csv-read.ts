import Papa from 'papaparse';
import { decodeText, type DecodedText, type TextEncoding } from './decode';
import { limits } from './limits';
import { refuse, tooLarge } from './refuse';
import { problemOf, type Problem } from './problems';
import type { ReportIssue } from './report';
import { headerOf, isBlankRow, type ImportSheet } from './sheet';
import { assertText } from './sniff';

export const delimiters = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof delimiters)[number];

export const delimiterLabels: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };

const SAMPLE_RECORDS = 50;
const SAMPLE_CHARS = 1 << 20;

const parse = (text: string, delimiter: Delimiter, preview = 0) =>
  Papa.parse<string[]>(text, { delimiter, quoteChar: '"', escapeChar: '"', header: false, dynamicTyping: false, skipEmptyLines: false, preview });

/**
 * The first records as a delimiter splits them. Papaparse previews them from the start of the
 * text, but first splits a quote-free text into all its lines, or scans it for a quote: four
 * passes over a file of many megabytes, one for each delimiter tried. So the records
 * are read from `sample`, a first megabyte ending at a line break, when it holds them all (the
 * preview stopped early), and from the whole text otherwise.
 */
function firstRecords(text: string, sample: string, delimiter: Delimiter): string[][] {
  if (sample) {
    const fromSample = parse(sample, delimiter, SAMPLE_RECORDS);
    if (fromSample.meta.truncated) return fromSample.data;
  }
  return parse(text, delimiter, SAMPLE_RECORDS).data;
}

/**
 * Picks the delimiter that splits the first records into the same number of fields as the header,
 * more than one; among equally consistent ones, the one giving more fields. A file with one column
 * reads the same with any delimiter, and gets the comma.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, text.lastIndexOf('\n', SAMPLE_CHARS) + 1) : '';
  let best: { delimiter: Delimiter; consistency: number; fields: number } = { delimiter: ',', consistency: 0, fields: 1 };
  for (const delimiter of delimiters) {
    const rows = firstRecords(text, sample, delimiter).filter((r) => !isBlankRow(r));
    const fields = rows[0]?.length ?? 0;
    if (fields < 2) continue;
    const consistency = rows.filter((r) => r.length === fields).length / rows.length;
    if (consistency > best.consistency || (consistency === best.consistency && fields > best.fields)) {
      best = { delimiter, consistency, fields };
    }
  }
  return best.delimiter;
}

export interface CsvOptions {
  encoding?: TextEncoding;
  delimiter?: Delimiter;
}

export interface CsvRead {
  sheet: ImportSheet;
  decoded: Omit<DecodedText, 'text'>;
  delimiter: Delimiter;
  delimiterGuessed: boolean;
}

const delimiterName = (d: Delimiter) => `${delimiterLabels[d]} (${d === '\t' ? 'tab' : d})`;

/** Issues for records whose field count differs from the header's; extra empty fields are harmless. */
function raggedIssue(cells: string[], width: number, row: number, delimiter: Delimiter): ReportIssue | null {
  if (cells.length === width) return null;
  if (cells.length > width && cells.slice(width).every((c) => c.trim() === '')) return null;
  const counts = { count: cells.length, columns: width };
  const problem =
    cells.length < width
      ? problemOf('csv.tooFewValues', `has ${cells.length} values but the header has ${width} columns. A quote may be missing, or a line break inside a value may not be quoted; fix the row in the file.`, counts)
      : problemOf(
          'csv.tooManyValues',
          `has ${cells.length} values but the header has ${width} columns. A value probably contains the delimiter, ${delimiterName(delimiter)}, without quotes; quote it or choose another delimiter.`,
          { ...counts, delimiter: delimiterLabels[delimiter] },
        );
  return { row, column: null, value: cells.join(delimiter).slice(0, 200), ...problem, severity: 'error' };
}

const QUOTE_PROBLEMS: Record<string, Problem> = {
  MissingQuotes: problemOf('csv.missingQuote', 'opens a quoted value that is never closed, so everything after it was read as one value. Add the closing quote in the file.'),
  InvalidQuotes: problemOf('csv.invalidQuote', 'has a quote inside a quoted value that is not doubled. Write a quote inside a quoted value as two quotes ("").'),
};

/** Reads a CSV file's bytes: decodes them, finds the delimiter, and splits rows, reporting ragged ones. */
export function readCsv(bytes: Uint8Array, fileName: string, options: CsvOptions = {}): CsvRead {
  if (bytes.length > limits.maxFileBytes) throw tooLarge(fileName, bytes.length, limits.maxFileBytes);
  const { text, ...decoded } = decodeText(bytes, options.encoding);
  assertText(text, fileName);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const result = parse(text, delimiter);
  const issues: ReportIssue[] = [];
  for (const err of result.errors) {
    const problem = QUOTE_PROBLEMS[err.code];
    if (problem && err.row !== undefined) issues.push({ row: err.row + 1, column: null, value: '', ...problem, severity: 'error' });
  }
  const records = result.data;
  const headerAt = records.findIndex((r) => !isBlankRow(r));
  if (headerAt < 0) throw refuse(fileName, 'empty', 'has no values, only blank lines: there is nothing to import. Choose another file.');
  const header = headerOf(records[headerAt]);
  if (header.length > limits.maxColumns) {
    throw refuse(fileName, 'sheet-limits', `has ${header.length} columns; ClusterDesk reads at most ${limits.maxColumns.toLocaleString('en')} (Excel's limit). Remove the extra columns.`);
  }
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = headerAt + 1; i < records.length; i++) {
    const cells = records[i];
    if (isBlankRow(cells)) continue;
    const ragged = raggedIssue(cells, header.length, i + 1, delimiter);
    if (ragged) issues.push(ragged);
    rows.push(cells.length > header.length ? cells.slice(0, header.length) : cells);
    rowNumbers.push(i + 1);
  }
  if (rows.length + 1 > limits.maxRows) {
    throw refuse(fileName, 'sheet-limits', `has ${rows.length + 1} rows; ClusterDesk reads at most ${limits.maxRows.toLocaleString('en')} (Excel's limit). Split the file.`);
  }
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const sheet: ImportSheet = { fileName, name: fileName, header, rows, rowNumbers, issues, date1904: false };
  return { sheet, decoded, delimiter, delimiterGuessed: options.delimiter === undefined };
}
