import { useEffect, useState } from 'react';
import type { Client } from '../../api/client';

export interface SaveTarget {
  /** The shell shows its own save dialog (Electron); otherwise the analyst types the path. */
  native: boolean;
  /** The open workspace's file, whose folder typed paths start from. */
  workspaceFile: string;
}

/** What the save step needs from the shell and the store, asked once per dialog. */
export function useSaveTarget(client: Client): SaveTarget | null {
  const [target, setTarget] = useState<SaveTarget | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([client.api('app.info', {}), client.api('workspace.info', {})]).then(
      ([app, ws]) => live && setTarget({ native: app.nativeDialogs, workspaceFile: ws.file }),
      // Without them the dialog still works: a typed path, with no suggestion.
      () => live && setTarget({ native: false, workspaceFile: '' }),
    );
    return () => {
      live = false;
    };
  }, [client]);
  return target;
}
