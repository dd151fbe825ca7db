import '../ui/grid.css';
import { useEffect, useState } from 'react';
import type { Client } from '../../api/client';
import { isMac } from '../ui/grid-keys';
import { useMessageText } from '../ui/MessageText';
import { runHistory, type HistoryOutcome } from './run-history';

/** How long the outcome stays on screen. */
const OUTCOME_MS = 4000;

/** Fields where Ctrl+Z belongs to the text being typed, not to the workspace's history. */
const isTextEntry = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Ctrl+Z undoes and Ctrl+Y or Ctrl+Shift+Z redoes (Cmd on macOS) anywhere in the window except
 * while typing in a field, and says what happened.
 */
export function HistoryKeys({ client }: { client: Client }) {
  const say = useMessageText();
  const [outcome, setOutcome] = useState<HistoryOutcome | null>(null);
  useEffect(() => {
    let busy = false;
    const onKeyDown = (e: KeyboardEvent) => {
      const mod = isMac() ? e.metaKey : e.ctrlKey;
      if (!mod || e.altKey || isTextEntry(e.target)) return;
      const key = e.key.toLowerCase();
      const action = key === 'z' && !e.shiftKey ? 'undo' : key === 'y' || (key === 'z' && e.shiftKey) ? 'redo' : null;
      if (!action) return;
      e.preventDefault();
      // One step per key press: a held key must not queue steps faster than the store answers.
      if (busy) return;
      busy = true;
      void runHistory(client, action)
        .then(setOutcome)
        .finally(() => (busy = false));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [client]);
  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(() => setOutcome(null), OUTCOME_MS);
    return () => clearTimeout(timer);
  }, [outcome]);
  return (
    <div aria-live="polite" className="history-outcome" data-testid="history-outcome">
      {outcome && <p role={outcome.tone === 'error' ? 'alert' : undefined}>{say(outcome.message)}</p>}
    </div>
  );
}
