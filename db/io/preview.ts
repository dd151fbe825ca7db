import type { Workspace } from '../store/workspace';
import { planImport, type ImportPlan, type ImportRequest, type PlannedRow } from './plan';
import type { ReportIssue } from './report';
import type { ImportSheet } from './sheet';
import { workspaceLookup } from './workspace-lookup';

export interface PreviewRow {
  row: number;
  action: PlannedRow['action'];
  /** The record matched, for an update or a skip. */
  id: number | null;
  /** The record as it will be stored; a reference to a record of the same file shows its name. */
  values: Record<string, unknown>;
  /** Reference fields as the file names them. */
  names: Record<string, string>;
  issues: ReportIssue[];
}

export interface ImportPreview {
  rows: PreviewRow[];
  issues: ReportIssue[];
  errors: number;
  warnings: number;
  unresolved: ImportPlan['unresolved'];
  counts: ImportPlan['counts'];
  /** True when the import can be committed: no row or mapping has an error. */
  ready: boolean;
}

export const DEFAULT_PREVIEW_ROWS = 20;

/** The first rows of a plan as they will be stored, with the report around them. */
export function previewOf(plan: ImportPlan, n = DEFAULT_PREVIEW_ROWS): ImportPreview {
  return {
    rows: plan.rows.slice(0, n).map((r) => ({ row: r.row, action: r.action, id: r.id, values: r.record, names: r.names, issues: r.issues })),
    issues: plan.issues,
    errors: plan.errors,
    warnings: plan.warnings,
    unresolved: plan.unresolved,
    counts: plan.counts,
    ready: plan.errors === 0,
  };
}

/** Plans an import against the open workspace without writing anything. */
export function previewImport(ws: Workspace, sheet: ImportSheet, request: ImportRequest, n = DEFAULT_PREVIEW_ROWS): ImportPreview {
  return previewOf(planImport(sheet, request, workspaceLookup(ws)), n);
}
