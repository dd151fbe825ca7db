import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../db/contract/methods';
import type { AppErrorShape } from '../../../db/contract/result';
import type { Client } from '../../api/client';
import { refetchOnChange } from '../shared/refetch-on-change';
import { toErrorShape } from '../shared/query-store';

export type BackupList = MethodOutput<'backups.list'>;

/** The backups of the open workspace in the folder the settings name, read again when another workspace opens. */
export function useBackupList(client: Client, folder: string | null) {
  const [list, setList] = useState<BackupList | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const reload = useCallback(async () => {
    try {
      setList(await client.api('backups.list', { folder }));
      setError(null);
    } catch (err) {
      setError(toErrorShape(err));
    }
  }, [client, folder]);
  useEffect(() => {
    void reload();
    return refetchOnChange(client, ['workspace'], reload);
  }, [client, reload]);
  return { list, error, reload };
}

/** A file size as people read it: kilobytes below a megabyte. */
export const sizeOf = (bytes: number) => (bytes < 1024 * 1024 ? { unit: 'kb' as const, value: bytes / 1024 } : { unit: 'mb' as const, value: bytes / (1024 * 1024) });
