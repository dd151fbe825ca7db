import type { ImportTable, RefTable } from './fields';
import type { Mapping } from './mapping';
import type { NumberFormat } from './numbers';
import type { ReportIssue } from './report';

export interface ImportRequest {
  table: ImportTable;
  mapping: Mapping;
  numberFormat: NumberFormat;
  /** How a row finds the record it updates: by the ID column, or by name (title); indicators by subject, metric, year and date. */
  matchBy: 'id' | 'name';
  /** What happens to a row that matches a record: update it, leave it alone, or add a new record anyway. */
  onMatch: 'update' | 'skip' | 'insert';
  /** A reference whose name matches nothing stops the import (the default), or is left empty with a warning. */
  unresolved?: 'error' | 'leave-empty';
}

export interface PlannedRow {
  /** The row as the file shows it. */
  row: number;
  action: 'insert' | 'update' | 'skip';
  /** The matched record, for updates and skips. */
  id: number | null;
  version: number | null;
  /** Every stored field as it will be stored (for an update, the record after the change). */
  record: Record<string, unknown>;
  /** For an update, only the fields the file sets. */
  patch: Record<string, unknown> | null;
  /** References to records this import creates: stored field -> index of that row in `rows`. */
  pending: Record<string, number>;
  /** Reference fields as the file names them, for the preview: stored field -> name. */
  names: Record<string, string>;
  issues: ReportIssue[];
}

export interface UnresolvedNames {
  column: string;
  table: RefTable;
  names: string[];
  /** The rows that use these names (the first hundred). */
  rows: number[];
}

export interface ImportPlan {
  table: ImportTable;
  fileName: string;
  sheetName: string;
  /** In the file's order. */
  rows: PlannedRow[];
  /** Indices into rows in the order they are written: a parent organisation before its subsidiaries. */
  order: number[];
  /** The first issues in full; errors and warnings count them all. */
  issues: ReportIssue[];
  errors: number;
  warnings: number;
  unresolved: UnresolvedNames[];
  counts: { insert: number; update: number; skip: number; invalid: number };
}
