import { z } from 'zod';
import { HistoryStep, HistoryTable, Id, RecordHistoryEntry } from '../../schema';
import { NoInput, read, write } from '../method-spec';

/** Undo and redo of whole edits, kept in the workspace so they survive a restart. */
export const historyMethods = {
  'history.state': read(NoInput, z.object({ undo: HistoryStep.nullable(), redo: HistoryStep.nullable() })),
  'history.undo': write(NoInput, z.object({ step: HistoryStep.nullable() })),
  'history.redo': write(NoInput, z.object({ step: HistoryStep.nullable() })),
  'history.record': read(
    z.strictObject({ table: HistoryTable, id: Id, limit: z.int().min(1).max(1000).optional() }),
    z.array(RecordHistoryEntry),
  ),
};
