import type { AppErrorShape } from '../../../db/contract/result';
import { ApiError } from '../../api/client';
import { toErrorShape } from '../../features/shared/query-store';
import { message, type Message } from '../model/messages';

export interface CellProblem {
  /** The grid position of the row the store refused, when it names one. */
  position: number | null;
  field: string | null;
  message: Message;
}

export interface WriteProblem {
  error: AppErrorShape;
  conflict: boolean;
  cells: CellProblem[];
}

interface StoreIssue {
  field?: unknown;
  message?: unknown;
  code?: unknown;
  params?: unknown;
}

/** A store issue in the analyst's language when the rule has a name, in the store's words otherwise. */
const issueMessage = (i: StoreIssue): Message =>
  typeof i.code === 'string'
    ? message(i.code === 'missingReference' ? 'missingReference' : `rule.${i.code}`, (i.params ?? undefined) as Message['params'])
    : message('server', { text: String(i.message ?? '') });

/** Field names in router issues carry the input's path ("values.capex"); the record field is the last part. */
const fieldOf = (path: unknown) => (typeof path === 'string' ? (path.split('.').pop() ?? null) : null);

/**
 * Why the store refused a write, mapped back to cells: a batch names the failing item
 * (part and index) and its issues name the fields, so the grid can say "row 12, Capital expenditure".
 */
export function writeProblem(err: unknown, positions: { creates?: number[]; updates?: number[]; deletes?: number[] } = {}): WriteProblem {
  const error = toErrorShape(err);
  const details = (err instanceof ApiError ? err.details : undefined) as
    | { part?: string; index?: number; cause?: { issues?: StoreIssue[] }; issues?: StoreIssue[] }
    | undefined;
  const part = details?.part as keyof typeof positions | undefined;
  const position = part && typeof details?.index === 'number' ? (positions[part]?.[details.index] ?? null) : (positions.updates?.[0] ?? positions.creates?.[0] ?? null);
  const issues = details?.cause?.issues ?? details?.issues ?? [];
  const cells = issues.length
    ? issues.map((i) => ({ position, field: fieldOf(i.field), message: issueMessage(i) }))
    : [{ position, field: null, message: message('server', { text: error.message }) }];
  return { error, conflict: error.code === 'CONFLICT', cells };
}
