import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Client } from '../../api/client';
import type { ImportStore } from './import-store';

/**
 * The file to import. The path field works in both shells (the Chromium shell has no file
 * dialog); where the shell has one, "Choose…" fills the field from it.
 */
export function FileForm({ store, client, nativeDialogs }: { store: ImportStore; client: Client; nativeDialogs: boolean }) {
  const { t } = useTranslation('import');
  const id = useId();
  const { file, busy, setFile, inspect } = useStore(store);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void inspect();
  };
  // The native dialog filters by one type at a time, so each type has its own button.
  const choose = async (purpose: 'csv' | 'xlsx') => {
    const chosen = await client.api('dialog.openFile', { purpose }).catch(() => ({ file: null }));
    if (chosen.file) {
      setFile(chosen.file);
      await inspect();
    }
  };
  return (
    <form className="import-file" onSubmit={submit}>
      <label htmlFor={`${id}-file`}>{t('file.label')}</label>
      <div className="import-file-row">
        <input
          id={`${id}-file`}
          type="text"
          dir="ltr"
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          value={file}
          onChange={(e) => setFile(e.target.value)}
        />
        {nativeDialogs &&
          (['csv', 'xlsx'] as const).map((purpose) => (
            <button key={purpose} type="button" onClick={() => void choose(purpose)} disabled={busy !== null}>
              {t(purpose === 'csv' ? 'file.chooseCsv' : 'file.chooseXlsx')}
            </button>
          ))}
        <button type="submit" disabled={busy !== null || file.trim() === ''}>
          {busy === 'reading' ? t('file.reading') : t('file.read')}
        </button>
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('file.hint')}
      </p>
    </form>
  );
}
