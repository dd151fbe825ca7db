import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Locale } from '../../../db/schema/enums';
import { useFormat } from '../../app/i18n/use-format';
import type { ShellStore } from '../../app/shell/shell-store';
import { PlaintextExportNotice } from '../../app/workspace/PlaintextExportNotice';
import { ErrorNotice } from '../shared/ErrorNotice';
import { pdfName } from './draft';
import type { EditorStore } from './editor-store';
import { Field } from './Field';
import { LanguageSelect, useLanguageNames } from './LanguageSelect';
import { reasonOf } from './issues';

/** The folder of a path as the shell wrote it, whichever separator it uses. */
const folderOf = (file: string) => file.slice(0, Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

/**
 * Export to PDF: the shell's save dialog where it has one (Electron); in the Chromium shell the
 * analyst types the path, starting from a suggestion beside the workspace. Then the history of the
 * briefing's exports.
 */
export function ExportPanel({ store, shell, workspaceFile }: { store: EditorStore; shell: ShellStore; workspaceFile: string }) {
  const { t } = useTranslation('briefings');
  const format = useFormat();
  const id = useId();
  const languages = useLanguageNames();
  const { record, dirty, exporting, exportResult, exportError, exports, exportTo } = useStore(store);
  const { info, loadInfo, askSavePath } = useStore(shell);
  const [language, setLanguage] = useState<Locale>(record?.language ?? 'en');
  const [file, setFile] = useState('');
  useEffect(() => void loadInfo(), [loadInfo]);
  // The suggestions are made once per briefing: a save or an export never replaces what the analyst chose.
  const suggestedFor = useRef<number | null>(null);
  useEffect(() => {
    if (!record || suggestedFor.current === record.id) return;
    suggestedFor.current = record.id;
    setLanguage(record.language);
    setFile(`${folderOf(workspaceFile)}${pdfName(record.name)}`);
  }, [record, workspaceFile]);
  if (!record) return null;
  const native = info?.nativeDialogs === true;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (native) {
      const chosen = await askSavePath('pdf', pdfName(record.name));
      if ('file' in chosen && chosen.file) await exportTo(chosen.file, language);
    } else if (file.trim()) {
      await exportTo(file.trim(), language);
    }
  };
  const reason = reasonOf(exportError);

  return (
    <section className="briefing-export" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('editor.exportTitle')}</h2>
      {dirty && <p className="hint">{t('editor.exportSavedOnly')}</p>}
      <PlaintextExportNotice />
      <form onSubmit={(e) => void submit(e)}>
        <LanguageSelect id={`${id}-language`} label={t('editor.exportLanguage')} value={language} onChange={setLanguage} />
        {!native && (
          <Field id={`${id}-file`} label={t('editor.exportFile')} hint={t('editor.exportFileHint')}>
            <input id={`${id}-file`} type="text" dir="ltr" spellCheck={false} value={file} onChange={(e) => setFile(e.target.value)} />
          </Field>
        )}
        <div className="actions">
          <button type="submit" disabled={exporting}>
            {exporting ? t('editor.exporting') : native ? t('editor.exportChoose') : t('editor.export')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {exportResult && (
          <p className="briefing-exported">
            {t('editor.exported', { count: exportResult.pages })} <bdi dir="ltr">{exportResult.file}</bdi>
          </p>
        )}
      </div>
      {exportError && (
        <>
          {reason === 'subjectDeleted' && <p className="field-error">{t('editor.subjectDeleted')}</p>}
          <ErrorNotice error={exportError} />
        </>
      )}
      <h3>{t('editor.history')}</h3>
      {exports.length === 0 ? (
        <p className="muted">{t('editor.noExports')}</p>
      ) : (
        <div className="table-scroll">
          <table className="briefing-history">
            <caption className="visually-hidden">{t('editor.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('editor.historyTime')}</th>
                <th scope="col">{t('editor.historyFile')}</th>
                <th scope="col">{t('editor.historyLanguage')}</th>
                <th scope="col" className="numeric">
                  {t('editor.historyPages')}
                </th>
                <th scope="col" className="numeric">
                  {t('editor.historyVersion')}
                </th>
              </tr>
            </thead>
            <tbody>
              {exports.map((x) => (
                <tr key={x.id}>
                  <td>{format.timestamp(x.exportedAt)}</td>
                  <td>
                    <bdi dir="ltr">{x.file}</bdi>
                  </td>
                  <td>{x.language ? languages[x.language] : '—'}</td>
                  <td className="numeric">{x.pages === null ? '—' : format.number(x.pages, 0)}</td>
                  <td className="numeric">{format.number(x.workspaceVersion, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
