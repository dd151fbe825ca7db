import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ltr } from '../i18n/isolate';
import { isWorkspacePath, WORKSPACE_EXTENSION } from './workspace-file';

/**
 * Where the shell has no file dialogs (the Chromium shell): the analyst types the path, starting
 * from a suggestion in ClusterDesk's own folder, and creates or opens that file.
 */
export function WorkspacePathForm({
  suggestion,
  busy,
  onCreate,
  onOpen,
}: {
  suggestion: string | null;
  busy: boolean;
  onCreate: (file: string, sample: boolean) => void;
  onOpen: (file: string) => void;
}) {
  const { t } = useTranslation('app');
  const [file, setFile] = useState('');
  const [edited, setEdited] = useState(false);
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();
  // The suggestion arrives with the shell's answer; it never replaces what the analyst typed.
  useEffect(() => {
    if (suggestion && !edited) setFile(suggestion);
  }, [suggestion, edited]);

  const path = file.trim();
  const valid = isWorkspacePath(path);
  const showError = path !== '' && !valid;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (valid && !busy) onOpen(path);
  };

  return (
    <form onSubmit={submit} className="start-form">
      <label htmlFor={fieldId}>{t('start.fileLabel')}</label>
      <input
        id={fieldId}
        type="text"
        dir="ltr"
        spellCheck={false}
        autoComplete="off"
        aria-describedby={showError ? `${errorId} ${hintId}` : hintId}
        aria-invalid={showError}
        value={file}
        onChange={(e) => {
          setEdited(true);
          setFile(e.target.value);
        }}
      />
      {showError && (
        <p id={errorId} className="field-error">
          {t('start.fileInvalid', { extension: ltr(WORKSPACE_EXTENSION) })}
        </p>
      )}
      <p id={hintId} className="hint">
        {t(suggestion ? 'start.fileHintSuggested' : 'start.fileHint', { extension: ltr(WORKSPACE_EXTENSION) })}
      </p>
      <div className="actions">
        <button type="button" disabled={!valid || busy} onClick={() => onCreate(path, true)}>
          {t('start.createSample')}
        </button>
        <button type="button" disabled={!valid || busy} onClick={() => onCreate(path, false)}>
          {t('start.createEmpty')}
        </button>
        <button type="submit" disabled={!valid || busy}>
          {t('start.open')}
        </button>
      </div>
    </form>
  );
}
