import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { ErrorNotice } from '../shared/ErrorNotice';
import { IndicatorTable } from '../shared/IndicatorTable';
import type { ClustersStore } from './store';

/** Keeps the initiative in view: its headline totals over time, one table per initiative that has any. */
export function InitiativeTotals({ store }: { store: ClustersStore['initiativeTotals'] }) {
  const { t } = useTranslation();
  const state = useStore(store);
  const { params, request } = state;
  useEffect(() => {
    if (params === null) void request('all');
  }, [params, request]);

  if (state.status === 'error' && state.error) return <ErrorNotice error={state.error} onRetry={() => void state.refresh()} />;
  if (!state.data) return null;
  const { initiatives, indicators } = state.data;
  return (
    <>
      {initiatives.map((initiative) => {
        const rows = indicators.filter((i) => i.subjectId === initiative.id);
        if (rows.length === 0) return null;
        return (
          <section key={initiative.id} className="initiative-totals" aria-labelledby={`initiative-${initiative.id}`}>
            <h2 id={`initiative-${initiative.id}`}>{initiative.name}</h2>
            {/* The caption leaves out the initiative's name, which may contain a section title such as "Clusters". */}
            <IndicatorTable caption={t('initiative.totalsCaption')} rows={rows} />
          </section>
        );
      })}
    </>
  );
}
