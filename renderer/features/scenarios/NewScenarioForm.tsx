import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { AppErrorShape } from '../../../db/contract/result';
import { newComparisonHref, scenarioHref } from '../../app/routing/routes';
import { toErrorShape } from '../shared/query-store';
import { NO_SCENARIOS, type ScenariosStore } from './store';

/**
 * Starts a scenario: a name and, usually, a parent whose assumptions it inherits; the editor
 * opens on it. A scenario with no parent starts from the defaults over 2025-2050.
 */
export function NewScenarioForm({ store }: { store: ScenariosStore }) {
  const { t } = useTranslation('scenarios');
  const rows = useStore(store.list, (s) => s.data?.rows ?? NO_SCENARIOS);
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState<number | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const id = useId();
  const parent = rows.find((s) => s.id === parentId) ?? null;

  const create = async () => {
    setError(null);
    try {
      const created = await store.client.api('scenarios.create', {
        name,
        parentId,
        horizonStart: parent?.horizonStart ?? 2025,
        horizonEnd: parent?.horizonEnd ?? 2050,
      });
      window.location.hash = scenarioHref(created.id);
    } catch (err) {
      setError(toErrorShape(err));
    }
  };

  return (
    <div className="sc-scenario-actions">
      <form
        className="sc-inline-form"
        aria-labelledby={`${id}-title`}
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <h2 id={`${id}-title`}>{t('list.newTitle')}</h2>
        <label htmlFor={`${id}-name`}>{t('fields.name')}</label>
        <input id={`${id}-name`} type="text" dir="auto" value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor={`${id}-parent`}>{t('fields.parent')}</label>
        <select id={`${id}-parent`} value={parentId ?? ''} onChange={(e) => setParentId(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">{t('fields.noParent')}</option>
          {rows.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={name.trim() === ''}>
          {t('list.create')}
        </button>
        {error && (
          <p className="field-error" role="alert">
            {error.message}
          </p>
        )}
      </form>
      {rows.length >= 2 && (
        <p>
          <a className="sc-button" href={newComparisonHref(rows.slice(0, 3).map((s) => s.id))}>
            {t('list.compare')}
          </a>
        </p>
      )}
    </div>
  );
}
