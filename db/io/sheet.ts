import type { ReportIssue } from './report';

/** A cell as read from a file: CSV gives text only; XLSX also gives numbers and booleans. */
export type Cell = string | number | boolean | null;

/** One table read from a file, before any mapping: the header row and the rows under it. */
export interface ImportSheet {
  fileName: string;
  /** The sheet's name in a workbook; the file's name for CSV. */
  name: string;
  header: string[];
  rows: Cell[][];
  /** For each row, its number as the analyst sees it in the file (the header is row 1). */
  rowNumbers: number[];
  /** Problems found while reading, such as rows with too few values. */
  issues: ReportIssue[];
  /** Workbooks saved with the 1904 date system count serial dates from 1904-01-01. */
  date1904: boolean;
}

export const headerOf = (cells: readonly Cell[]) =>
  cells.map((c, i) => {
    const text = c == null ? '' : String(c).trim();
    return text === '' ? `Column ${i + 1}` : text;
  });

export const isBlankRow = (cells: readonly Cell[]) => cells.every((c) => c == null || (typeof c === 'string' && c.trim() === ''));
