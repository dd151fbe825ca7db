import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { safeExportName } from '../../../db/io/file-name';
import type { MethodOutput } from '../../../db/contract/methods';
import type { AppErrorShape } from '../../../db/contract/result';
import type { Client } from '../../api/client';
import { Dialog } from '../../app/dialog/Dialog';
import { PlaintextExportNotice } from '../../app/workspace/PlaintextExportNotice';
import { Progress } from '../../app/progress/Progress';
import { ErrorNotice } from '../shared/ErrorNotice';
import { toErrorShape } from '../shared/query-store';
import { suggestedPath, withExtension } from './save-target';
import { useSaveTarget } from './use-save-target';
import './export.css';

export type ExportFormat = 'csv' | 'xlsx' | 'json';
export type Written = MethodOutput<'exports.table'>;

/** One thing the dialog can export: a view, a whole table, a scenario, a comparison, the workspace. */
export interface ExportChoice {
  key: string;
  label: string;
  /** The name the file is suggested from. */
  name: string;
  run(format: ExportFormat, file: string): Promise<Written>;
}

interface Props {
  client: Client;
  title: string;
  choices: readonly ExportChoice[];
  formats: readonly ExportFormat[];
  onClose(): void;
}

/**
 * Export: what (when there is a choice), the format, and where. Electron asks with its save dialog;
 * the Chromium shell has none, so the analyst types the path, suggested beside the workspace under
 * a name valid on every system. The file is written whole by the shell, or not at all.
 */
export function ExportDialog({ client, title, choices, formats, onClose }: Props) {
  const { t } = useTranslation('export');
  const id = useId();
  const target = useSaveTarget(client);
  const [choiceKey, setChoiceKey] = useState(choices[0].key);
  const [format, setFormat] = useState<ExportFormat>(formats[0]);
  const [file, setFile] = useState('');
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<Written | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const choice = choices.find((c) => c.key === choiceKey) ?? choices[0];

  // The suggestion follows the choice until the analyst types a path of their own.
  const [edited, setEdited] = useState(false);
  useEffect(() => {
    if (target && !edited) setFile(suggestedPath(target.workspaceFile, choice.name, format));
  }, [target, edited, choice.name, format]);

  const chooseFormat = (next: ExportFormat) => {
    setFormat(next);
    if (edited) setFile((f) => withExtension(f, next));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (running || !target) return;
    setError(null);
    setResult(null);
    let path = file.trim();
    if (target.native) {
      try {
        const chosen = await client.api('dialog.saveFile', { purpose: format, suggestedName: safeExportName(choice.name, format) });
        if (!chosen.file) return;
        // A save dialog lets the analyst drop the extension; the file must still say what it holds.
        path = withExtension(chosen.file, format);
      } catch (err) {
        setError(toErrorShape(err));
        return;
      }
    } else if (!path) {
      setMissingFile(true);
      document.getElementById(`${id}-file`)?.focus();
      return;
    }
    setMissingFile(false);
    setRunning(true);
    try {
      setResult(await choice.run(format, path));
    } catch (err) {
      setError(toErrorShape(err));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Dialog title={title} onClose={() => !running && onClose()} testId="export-dialog">
      <form className="export-form" onSubmit={(e) => void submit(e)}>
        {choices.length > 1 && (
          <fieldset>
            <legend>{t('what')}</legend>
            {choices.map((c) => (
              <label key={c.key}>
                <input type="radio" name={`${id}-what`} checked={c.key === choice.key} onChange={() => setChoiceKey(c.key)} /> {c.label}
              </label>
            ))}
          </fieldset>
        )}
        {formats.length > 1 && (
          <fieldset>
            <legend>{t('format.label')}</legend>
            {formats.map((f) => (
              <label key={f}>
                <input type="radio" name={`${id}-format`} checked={f === format} onChange={() => chooseFormat(f)} /> {t(`format.${f}`)}
              </label>
            ))}
          </fieldset>
        )}
        {target && !target.native && (
          <div className="field">
            <label htmlFor={`${id}-file`}>{t('file.label')}</label>
            <input
              id={`${id}-file`}
              type="text"
              dir="ltr"
              spellCheck={false}
              value={file}
              aria-invalid={missingFile || undefined}
              aria-describedby={`${id}-file-hint`}
              onChange={(e) => {
                setEdited(true);
                setFile(e.target.value);
              }}
            />
            <p id={`${id}-file-hint`} className="hint">
              {t('file.hint', { ext: format })}
            </p>
            {missingFile && <p className="field-error">{t('file.missing')}</p>}
          </div>
        )}
        <PlaintextExportNotice />
        <div className="actions">
          <button type="submit" disabled={running || !target}>
            {target?.native ? t('choose') : t('export')}
          </button>
          <button type="button" className="secondary" onClick={onClose} disabled={running}>
            {t('close')}
          </button>
        </div>
      </form>
      {running && <Progress label={t('running')} />}
      <div role="status" aria-live="polite">
        {result && (
          <p className="export-done">
            {t('done', { count: result.rows })} <bdi dir="ltr">{result.file}</bdi>
          </p>
        )}
      </div>
      {error && <ErrorNotice error={error} />}
    </Dialog>
  );
}
