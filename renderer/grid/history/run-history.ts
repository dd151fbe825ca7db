import type { Client } from '../../api/client';
import { toErrorShape } from '../../features/shared/query-store';
import { message, type Message } from '../model/messages';

export type HistoryOutcome = { tone: 'info' | 'error'; message: Message };

/**
 * Undoes or redoes the last whole edit (a cell, a paste, a fill, a delete) from the workspace's change
 * log, so the history survives a restart. A step that would overwrite a later change is refused.
 */
export async function runHistory(client: Client, action: 'undo' | 'redo'): Promise<HistoryOutcome> {
  try {
    const { step } = await client.api(action === 'undo' ? 'history.undo' : 'history.redo', {});
    if (!step) return { tone: 'info', message: message(action === 'undo' ? 'nothingToUndo' : 'nothingToRedo') };
    return { tone: 'info', message: message(action === 'undo' ? 'undone' : 'redone', { at: step.at }) };
  } catch (err) {
    return { tone: 'error', message: message('server', { text: toErrorShape(err).message }) };
  }
}
