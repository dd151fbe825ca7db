import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { briefingTemplates, type BriefingTemplate } from '../../../db/schema/enums';
import { ErrorNotice } from '../shared/ErrorNotice';
import type { EditorStore } from './editor-store';
import { Field } from './Field';
import { LanguageSelect } from './LanguageSelect';
import { fieldProblems } from './issues';
import { SubjectFields } from './SubjectFields';

const NAME_MAX = 300;
const MARKING_MAX = 120;

/** The briefing's definition: template and subjects, language, marking, author and date; saved as one edit. */
export function BriefingForm({ store, onSaved, onDeleted }: { store: EditorStore; onSaved: (id: number, created: boolean) => void; onDeleted: () => void }) {
  const { t } = useTranslation('briefings');
  const id = useId();
  const { record, draft, dirty, saving, saveError, choices, edit, save, remove } = useStore(store);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const problems = fieldProblems(saveError);
  const tooLong = draft.name.length > NAME_MAX;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const created = record === null;
    const saved = await save();
    if (saved) onSaved(saved.id, created);
  };

  return (
    <form className="briefing-form" onSubmit={(e) => void submit(e)} aria-label={t('editor.formLabel')}>
      <Field id={`${id}-name`} label={t('editor.name')} problem={tooLong ? t('editor.nameTooLong', { max: NAME_MAX }) : (problems.get('name') ?? null)}>
        <input id={`${id}-name`} type="text" value={draft.name} required onChange={(e) => edit({ name: e.target.value })} aria-invalid={tooLong || problems.has('name')} />
      </Field>
      <Field id={`${id}-template`} label={t('editor.template')}>
        <select
          id={`${id}-template`}
          value={draft.template}
          onChange={(e) => edit({ template: e.target.value as BriefingTemplate, subjects: {} })}
        >
          {briefingTemplates.map((tp) => (
            <option key={tp} value={tp}>
              {t(`template.${tp}`)}
            </option>
          ))}
        </select>
      </Field>
      <SubjectFields draft={draft} choices={choices} problems={problems} onChange={(subjects) => edit({ subjects })} />
      <LanguageSelect id={`${id}-language`} label={t('editor.language')} value={draft.language} onChange={(language) => edit({ language })} />
      <Field id={`${id}-marking`} label={t('editor.marking')} hint={t('editor.markingHint')} problem={problems.get('marking') ?? null}>
        <input id={`${id}-marking`} type="text" maxLength={MARKING_MAX} value={draft.marking} onChange={(e) => edit({ marking: e.target.value })} />
      </Field>
      <Field id={`${id}-author`} label={t('editor.author')} problem={problems.get('author') ?? null}>
        <input id={`${id}-author`} type="text" value={draft.author} onChange={(e) => edit({ author: e.target.value })} />
      </Field>
      <Field id={`${id}-date`} label={t('editor.date')} hint={t('editor.dateHint')} problem={problems.get('date') ?? null}>
        <input id={`${id}-date`} type="date" value={draft.date} onChange={(e) => edit({ date: e.target.value })} />
      </Field>
      {saveError && <ErrorNotice error={saveError} />}
      <div className="actions">
        <button type="submit" disabled={saving || tooLong || (!dirty && record !== null)}>
          {saving ? t('editor.saving') : t('editor.save')}
        </button>
        {record && !confirmDelete && (
          <button type="button" onClick={() => setConfirmDelete(true)}>
            {t('editor.delete')}
          </button>
        )}
        {record && confirmDelete && (
          <>
            <button type="button" className="danger" onClick={() => void remove().then((ok) => ok && onDeleted())}>
              {t('editor.confirmDelete')}
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {t('editor.cancel')}
            </button>
          </>
        )}
        {!dirty && record && <span className="muted">{t('editor.saved')}</span>}
      </div>
    </form>
  );
}
