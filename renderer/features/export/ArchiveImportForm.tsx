import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../db/contract/result';
import type { Client } from '../../api/client';
import { Progress } from '../../app/progress/Progress';
import { ErrorNotice } from '../shared/ErrorNotice';
import { toErrorShape } from '../shared/query-store';
import { useSaveTarget } from './use-save-target';

/** A JSON archive back into this workspace, which must be empty: the file from the open dialog or a typed path. */
export function ArchiveImportForm({ client }: { client: Client }) {
  const { t } = useTranslation('export');
  const id = useId();
  const target = useSaveTarget(client);
  const [file, setFile] = useState('');
  const [running, setRunning] = useState(false);
  const [rows, setRows] = useState<number | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (running || !target) return;
    setError(null);
    setRows(null);
    let path = file.trim();
    try {
      if (target.native) path = (await client.api('dialog.openFile', { purpose: 'json' })).file ?? '';
      if (!path) return;
      setRunning(true);
      setRows((await client.api('backups.importArchive', { file: path })).rows);
    } catch (err) {
      setError(toErrorShape(err));
    } finally {
      setRunning(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('archive.importTitle')}</h3>
      <p className="hint">{t('archive.importHint')}</p>
      {target && !target.native && (
        <div className="settings-field">
          <label htmlFor={`${id}-file`}>{t('archive.file')}</label>
          <input id={`${id}-file`} type="text" dir="ltr" spellCheck={false} value={file} onChange={(e) => setFile(e.target.value)} />
        </div>
      )}
      <div className="actions">
        <button type="submit" className="secondary" disabled={running || !target}>
          {target?.native ? t('archive.choose') : t('archive.import')}
        </button>
      </div>
      {running && <Progress label={t('archive.importing')} />}
      <div role="status" aria-live="polite">
        {rows !== null && <p>{t('archive.imported', { count: rows })}</p>}
      </div>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}
