import { autoMap, type ImportRequest, type ImportSheet, type ImportTable, type ReportIssue } from '../../../../db/io';

/** A sheet as a CSV file is read: the header on line 1, so each row's number is its index plus 2. */
export const sheet = (header: string[], rows: ImportSheet['rows'], issues: ReportIssue[] = []): ImportSheet => ({
  fileName: 'file.csv',
  name: 'file.csv',
  header,
  rows,
  rowNumbers: rows.map((_, i) => i + 2),
  issues,
  date1904: false,
});

/** An import of the sheet into a table, with the columns mapped as the wizard proposes and the wizard's defaults. */
export const request = (table: ImportTable, s: ImportSheet, over: Partial<ImportRequest> = {}): ImportRequest => ({
  table,
  mapping: autoMap(table, s.header).mapping,
  numberFormat: 'decimal-point',
  matchBy: 'name',
  onMatch: 'update',
  ...over,
});
