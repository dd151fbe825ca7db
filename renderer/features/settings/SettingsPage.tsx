import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { AppErrorShape } from '../../../db/contract/result';
import type { Client } from '../../api/client';
import type { SettingsStore } from '../../app/settings/settings-store';
import { WorkspaceTransfer } from '../export/WorkspaceTransfer';
import { ErrorNotice } from '../shared/ErrorNotice';
import { BackupsSection } from './BackupsSection';
import { FormatChoices } from './FormatChoices';
import { LanguageField } from './LanguageField';
import { SecuritySection } from './SecuritySection';
import {
  isDirty,
  limits,
  readDraft,
  toDraft,
  typedFields,
  validNumber,
  type FieldProblem,
  type Problems,
  type SettingsDraft,
  type TypedField,
} from './settings-form';
import './settings.css';
import { TextField } from './TextField';

/**
 * The Settings screen (#/settings): language, number and date formats, default marking, backups
 * and the idle lock. Nothing changes until Save; Cancel or Escape discards the edits. Below the
 * form, the backups themselves and the whole-workspace export act at once.
 */
export function SettingsPage({ store, client }: { store: SettingsStore; client: Client }) {
  const { t } = useTranslation('app');
  const { settings, loadError, load } = useStore(store);
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings));
  const [base, setBase] = useState(settings);
  const [problems, setProblems] = useState<Problems>({});
  const [checking, setChecking] = useState(false);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<'saved' | 'discarded' | null>(null);
  const [saveError, setSaveError] = useState<AppErrorShape | null>(null);
  const formId = useId();
  const idOf = (field: TypedField) => `${formId}-${field}`;

  // Settings changed elsewhere (the header's language): follow them, unless the analyst is editing here.
  if (settings !== base) {
    if (!isDirty(draft, base)) setDraft(toDraft(settings));
    setBase(settings);
  }

  const edit = <K extends keyof SettingsDraft>(field: K, value: SettingsDraft[K]) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    setOutcome(null);
    // Once Save has shown problems, each one goes away as soon as it is corrected.
    if (checking) {
      const read = readDraft(next);
      setProblems('problems' in read ? read.problems : {});
    }
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const read = readDraft(draft);
    setSaveError(null);
    if ('problems' in read) {
      setChecking(true);
      setProblems(read.problems);
      setOutcome(null);
      const first = typedFields.find((field) => read.problems[field]);
      if (first) document.getElementById(idOf(first))?.focus();
      return;
    }
    setSaving(true);
    const error = await store.getState().update(read.patch);
    setSaving(false);
    setChecking(false);
    setProblems({});
    if (error) {
      setSaveError(error);
      return;
    }
    setDraft(toDraft(store.getState().settings));
    setOutcome('saved');
  };

  const cancel = () => {
    const changed = isDirty(draft, settings);
    setDraft(toDraft(settings));
    setChecking(false);
    setProblems({});
    setSaveError(null);
    setOutcome(changed ? 'discarded' : null);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    cancel();
  };

  const message = (problem: FieldProblem | undefined): string | null => {
    if (!problem) return null;
    switch (problem.code) {
      case 'required':
        return t('settings.problem.required');
      case 'tooLong':
        return t('settings.problem.tooLong', { max: problem.max });
      case 'notAbsolute':
        return t('settings.problem.notAbsolute');
      case 'wholeNumber':
        return t('settings.problem.wholeNumber');
      case 'range':
        return t('settings.problem.range', { min: problem.min, max: problem.max });
    }
  };
  const problemCount = Object.keys(problems).length;
  const kept = validNumber(draft.backupsToKeep, limits.backups);
  const idle = validNumber(draft.idleLockMinutes, limits.idle);

  return (
    <div className="settings-page">
      <h1>{t('settings.title')}</h1>
      {loadError && <ErrorNotice error={loadError} onRetry={() => void load()} />}
      <form noValidate onSubmit={(e) => void save(e)} onKeyDown={onKeyDown} aria-describedby={`${formId}-escape`}>
        <section className="settings-section" aria-labelledby={`${formId}-general`}>
          <h2 id={`${formId}-general`}>{t('settings.section.general')}</h2>
          <LanguageField value={draft.language} onChange={(language) => edit('language', language)} />
          <FormatChoices draft={draft} onNumberFormat={(v) => edit('numberFormat', v)} onDateFormat={(v) => edit('dateFormat', v)} />
        </section>

        <section className="settings-section" aria-labelledby={`${formId}-documents`}>
          <h2 id={`${formId}-documents`}>{t('settings.section.documents')}</h2>
          <TextField
            id={idOf('defaultMarking')}
            label={t('settings.defaultMarking.label')}
            hint={t('settings.defaultMarking.hint', { max: limits.markingMax })}
            problem={message(problems.defaultMarking)}
            value={draft.defaultMarking}
            onChange={(v) => edit('defaultMarking', v)}
            dir="auto"
          />
        </section>

        <section className="settings-section" aria-labelledby={`${formId}-backups`}>
          <h2 id={`${formId}-backups`}>{t('settings.section.backups')}</h2>
          <TextField
            id={idOf('backupFolder')}
            label={t('settings.backupFolder.label')}
            hint={t('settings.backupFolder.hint')}
            problem={message(problems.backupFolder)}
            value={draft.backupFolder}
            onChange={(v) => edit('backupFolder', v)}
            dir="ltr"
          />
          <TextField
            id={idOf('backupsToKeep')}
            label={t('settings.backupsToKeep.label')}
            hint={
              kept === null
                ? t('settings.backupsToKeep.hint', { min: limits.backups.min, max: limits.backups.max })
                : t('settings.backupsToKeep.kept', { count: kept })
            }
            problem={message(problems.backupsToKeep)}
            value={draft.backupsToKeep}
            onChange={(v) => edit('backupsToKeep', v)}
            numeric
          />
        </section>

        <section className="settings-section" aria-labelledby={`${formId}-security`}>
          <h2 id={`${formId}-security`}>{t('settings.section.security')}</h2>
          <p className="settings-note">{t('settings.idleLock.encryptionNote')}</p>
          <TextField
            id={idOf('idleLockMinutes')}
            label={t('settings.idleLock.label')}
            hint={
              idle === null
                ? t('settings.idleLock.hint', { max: limits.idle.max })
                : idle === 0
                  ? t('settings.idleLock.never')
                  : t('settings.idleLock.after', { count: idle })
            }
            problem={message(problems.idleLockMinutes)}
            value={draft.idleLockMinutes}
            onChange={(v) => edit('idleLockMinutes', v)}
            numeric
          />
        </section>

        <div className="settings-actions">
          <button type="submit" disabled={saving}>
            {t('settings.save')}
          </button>
          <button type="button" className="secondary" onClick={cancel}>
            {t('settings.cancel')}
          </button>
          <span id={`${formId}-escape`} className="hint">
            {t('settings.escapeHint')}
          </span>
        </div>
        <p role="status" className="settings-outcome" data-testid="settings-outcome">
          {saving ? t('settings.saving') : outcome === 'saved' ? t('settings.saved') : outcome === 'discarded' ? t('settings.discarded') : ''}
        </p>
        {problemCount > 0 && (
          <p role="alert" className="field-error">
            {t('settings.problemCount', { count: problemCount })}
          </p>
        )}
        {saveError && <ErrorNotice error={saveError} />}
      </form>
      <BackupsSection client={client} folder={settings.backupFolder} />
      <SecuritySection client={client} />
      <WorkspaceTransfer client={client} />
    </div>
  );
}
