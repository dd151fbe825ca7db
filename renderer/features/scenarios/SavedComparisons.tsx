import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { comparisonHref } from '../../app/routing/routes';
import { useFormat } from '../../app/i18n/use-format';
import { NO_SCENARIOS, type ScenariosStore } from './store';

/** The saved comparisons, each a link to its charts; a briefing picks them by name. */
export function SavedComparisons({ store }: { store: ScenariosStore }) {
  const { t } = useTranslation('scenarios');
  const format = useFormat();
  const state = useStore(store.comparisons);
  const scenarios = useStore(store.list, (s) => s.data?.rows ?? NO_SCENARIOS);
  const id = useId();
  const { params, request } = state;
  useEffect(() => {
    if (params === null) void request(null);
  }, [params, request]);
  const names = new Map(scenarios.map((s) => [s.id, s.name]));
  const rows = state.data ?? [];
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('comparisons.title')}</h2>
      {state.data && rows.length === 0 && <p className="muted">{t('comparisons.empty')}</p>}
      {rows.length > 0 && (
        <table>
          <caption className="visually-hidden">{t('comparisons.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('comparisons.scenarios')}</th>
              <th scope="col">{t('comparisons.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <a href={comparisonHref(c.id)} dir="auto">
                    {c.name}
                  </a>
                </th>
                <td>
                  <bdi>{c.scenarioIds.map((s) => names.get(s) ?? `#${s}`).join(' · ')}</bdi>
                </td>
                <td>{format.timestamp(c.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
