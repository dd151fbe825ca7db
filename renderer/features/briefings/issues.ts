import type { AppErrorShape } from '../../../db/contract/result';

/** The problems a refused save names per field ("name", "subjects.clusterId"), for the form to show beside each field. */
export function fieldProblems(error: AppErrorShape | null): Map<string, string> {
  const issues = (error?.details as { issues?: { field?: string; message?: string }[] } | undefined)?.issues ?? [];
  const out = new Map<string, string>();
  for (const i of issues) if (i.field && i.message && !out.has(i.field)) out.set(i.field, i.message);
  return out;
}

/** Why a briefing cannot be drawn or exported, when the store gave a reason the editor can say in the analyst's language. */
export const reasonOf = (error: AppErrorShape | null): string | null =>
  ((error?.details as { reason?: unknown } | undefined)?.reason as string | undefined) ?? null;
