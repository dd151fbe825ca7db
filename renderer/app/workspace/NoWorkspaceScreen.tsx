import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { ErrorNotice } from '../../features/shared/ErrorNotice';
import type { WorkspaceStore } from './workspace-store';

const EXTENSION = '.clusterdesk';

/** The start screen: no workspace is open, so the analyst creates one (sample or empty) or opens a file. */
export function NoWorkspaceScreen({ store }: { store: WorkspaceStore }) {
  const { t } = useTranslation();
  const { pending, actionError, create, open } = useStore(store);
  const [file, setFile] = useState('');
  const fieldId = useId();
  const hintId = useId();
  const path = file.trim();
  const valid = path.endsWith(EXTENSION) && path.length > EXTENSION.length;
  const busy = pending !== null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (valid) void open(path);
  };

  return (
    <main className="start-screen">
      <h1>{t('start.title')}</h1>
      <p>{t('start.intro')}</p>
      <form onSubmit={submit} className="start-form">
        <label htmlFor={fieldId}>{t('start.fileLabel')}</label>
        <input
          id={fieldId}
          type="text"
          dir="ltr"
          spellCheck={false}
          autoComplete="off"
          aria-describedby={hintId}
          value={file}
          onChange={(e) => setFile(e.target.value)}
        />
        <p id={hintId} className="hint">
          {t('start.fileHint', { extension: EXTENSION })}
        </p>
        <div className="actions">
          <button type="button" disabled={!valid || busy} onClick={() => void create(path, true)}>
            {t('start.createSample')}
          </button>
          <button type="button" disabled={!valid || busy} onClick={() => void create(path, false)}>
            {t('start.createEmpty')}
          </button>
          <button type="submit" disabled={!valid || busy}>
            {t('start.open')}
          </button>
        </div>
      </form>
      {busy && (
        <p role="status" className="loading">
          {t(pending === 'create' ? 'start.creating' : 'start.opening')}
        </p>
      )}
      {actionError && <ErrorNotice error={actionError} />}
    </main>
  );
}
