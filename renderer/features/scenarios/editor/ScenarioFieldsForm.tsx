import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { listHref, newComparisonHref } from '../../../app/routing/routes';
import { NumberField } from '../NumberField';
import { rules } from '../number-input';
import type { EditorStore } from './editor-store';
import { SaveStatus } from './SaveStatus';

/** Scenarios that may become this one's parent: not itself, and none that inherit from it (a cycle). */
function parentChoices(scenarios: readonly { id: number; parentId: number | null }[], self: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const s of scenarios) if (s.parentId !== null) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s.id]);
  const excluded = new Set<number>();
  const visit = (id: number) => {
    if (excluded.has(id)) return;
    excluded.add(id);
    (children.get(id) ?? []).forEach(visit);
  };
  visit(self);
  return new Set(scenarios.map((s) => s.id).filter((id) => !excluded.has(id)));
}

/** Name, description, horizon and parent, saved after a pause in typing like everything on the page. */
export function ScenarioFieldsForm({ editor }: { editor: EditorStore }) {
  const { t } = useTranslation('scenarios');
  const { draft, scenario, scenarios, edit, remove } = useStore(editor);
  const [confirming, setConfirming] = useState(false);
  const id = useId();
  if (!draft || !scenario) return null;
  const allowed = parentChoices(scenarios, scenario.id);
  const horizonWrong = draft.horizonStart !== null && draft.horizonEnd !== null && draft.horizonEnd < draft.horizonStart;

  const deleteNow = async () => {
    if (await remove()) window.location.hash = listHref('scenarios');
  };

  return (
    <section className="sc-scenario-fields" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('fields.title')}</h2>
      <SaveStatus editor={editor} />
      <div className="sc-form-grid">
        <label htmlFor={`${id}-name`}>{t('fields.name')}</label>
        <input id={`${id}-name`} type="text" dir="auto" value={draft.name} aria-invalid={draft.name.trim() === ''} onChange={(e) => edit((d) => ({ ...d, name: e.target.value }))} />
        <label htmlFor={`${id}-description`}>{t('fields.description')}</label>
        <textarea id={`${id}-description`} dir="auto" rows={3} value={draft.description} onChange={(e) => edit((d) => ({ ...d, description: e.target.value }))} />
        <span>{t('fields.horizon')}</span>
        <span className="sc-horizon">
          <NumberField label={t('fields.horizonStart')} value={draft.horizonStart} rule={rules.year} onChange={(v) => edit((d) => ({ ...d, horizonStart: v }))} />
          <NumberField label={t('fields.horizonEnd')} value={draft.horizonEnd} rule={rules.year} onChange={(v) => edit((d) => ({ ...d, horizonEnd: v }))} />
          {horizonWrong && (
            <span className="field-error" role="alert">
              {t('fields.horizonOrder')}
            </span>
          )}
        </span>
        <label htmlFor={`${id}-parent`}>{t('fields.parent')}</label>
        <select
          id={`${id}-parent`}
          value={draft.parentId ?? ''}
          onChange={(e) => {
            edit((d) => ({ ...d, parentId: e.target.value === '' ? null : Number(e.target.value) }));
            // A new parent changes every inherited value: saved at once, and its chain read again.
            void editor.getState().flush();
          }}
        >
          <option value="">{t('fields.noParent')}</option>
          {scenarios
            .filter((s) => allowed.has(s.id))
            .map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
        </select>
      </div>
      <p className="actions">
        <a className="sc-button" href={newComparisonHref([scenario.id, ...(scenario.parentId ? [scenario.parentId] : [])])}>
          {t('actions.compare')}
        </a>
        {confirming ? (
          <>
            <button type="button" className="sc-danger" onClick={() => void deleteNow()}>
              {t('actions.confirmDelete', { name: scenario.name })}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('actions.keep')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('actions.delete')}
          </button>
        )}
      </p>
    </section>
  );
}
