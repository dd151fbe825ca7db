import { AppError } from '../contract/result';
import type { ExportTable } from './export-table';
import { escapeFormula } from './formula';

export interface CsvExportOptions {
  /** A comma by default; Excel in decimal-comma countries expects a semicolon. */
  delimiter?: ',' | ';' | '\t';
  /** The decimal sign for numbers; "," pairs with the semicolon delimiter. */
  decimal?: '.' | ',';
}

const BOM = '\ufeff';

/** One value as CSV text: numbers as numbers, text escaped so that no cell can run as a formula. */
function text(value: unknown, decimal: '.' | ','): string {
  if (value == null) return '';
  if (typeof value === 'number') return decimal === ',' ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return escapeFormula(value);
  return escapeFormula(JSON.stringify(value));
}

/** RFC 4180: a field with the delimiter, a quote or a line break is quoted, its quotes doubled. */
function quote(field: string, delimiter: string): string {
  return field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * A table as CSV bytes: UTF-8 with a byte-order mark (so that Excel shows Cyrillic and Arabic
 * correctly), CRLF line ends, a header row.
 */
export function toCsv(table: ExportTable, options: CsvExportOptions = {}): Buffer {
  const delimiter = options.delimiter ?? ',';
  const decimal = options.decimal ?? '.';
  if (delimiter === ',' && decimal === ',') throw new AppError('VALIDATION', 'A decimal comma needs a semicolon or tab delimiter; choose one of them.');
  const lines: string[] = [table.columns.map((c) => quote(escapeFormula(c.header), delimiter)).join(delimiter)];
  for (const row of table.rows) lines.push(table.columns.map((c) => quote(text(row[c.key], decimal), delimiter)).join(delimiter));
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
