import { useState } from 'react';
import type { AppErrorShape } from '../../../db/contract/result';
import { toErrorShape } from '../../features/shared/query-store';

/** Runs one write from the panel, keeping its error to show beside the form that made it. */
export function useAction(): { error: AppErrorShape | null; busy: boolean; run(action: () => Promise<unknown>): Promise<boolean> } {
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  return {
    error,
    busy,
    async run(action) {
      setBusy(true);
      setError(null);
      try {
        await action();
        return true;
      } catch (err) {
        setError(toErrorShape(err));
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}
