import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Message } from '../model/messages';
import type { PastePlan } from '../model/paste-plan';
import { single, type Selection } from '../model/selection';

/** A new row the analyst is typing; saved once it has every required field and they leave it. */
export interface Draft {
  key: number;
  values: Record<string, unknown>;
}

export interface Editing {
  row: number;
  col: number;
  text: string;
  /** The stored row being edited and its version when editing began: a change made elsewhere since is a conflict. */
  rowId: number | null;
  version: number | null;
  /** What is wrong with the text as typed so far, shown beside the cell. */
  message: Message | null;
  /** The write is on its way; the editor waits for the store's answer. */
  pending: boolean;
}

export interface Notice {
  tone: 'info' | 'error';
  message: Message;
  /** More lines, one per cell the store or the check named. */
  lines?: Message[];
}

export interface PasteReport {
  plan: PastePlan;
  /** What the action was (paste, fill down, bulk edit, clear), for the dialog's title. */
  action: 'paste' | 'fill' | 'bulk' | 'clear';
  validCells: number;
}

export interface GridUiState {
  selection: Selection;
  editing: Editing | null;
  drafts: Draft[];
  /** Messages kept beside cells after a refused write, by "rowKey:field". */
  cellMessages: ReadonlyMap<string, Message>;
  notice: Notice | null;
  report: PasteReport | null;
  confirmDelete: { rows: number } | null;
  /** Column index whose sort and filter menu is open. */
  columnMenu: number | null;
  busy: boolean;
}

export type GridUi = StoreApi<GridUiState>;

export function createGridUi(): GridUi {
  return createStore<GridUiState>()(() => ({
    selection: single({ row: 0, col: 0 }),
    editing: null,
    drafts: [],
    cellMessages: new Map(),
    notice: null,
    report: null,
    confirmDelete: null,
    columnMenu: null,
    busy: false,
  }));
}

export const rowKeyOf = (id: number | null, draftKey: number | null) => (id !== null ? `r${id}` : `d${draftKey}`);
export const cellKey = (rowKey: string, field: string) => `${rowKey}:${field}`;
