import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { comparisonView } from '../../../../db/scenario';
import type { Client } from '../../../api/client';
import { comparisonHref } from '../../../app/routing/routes';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { Loading } from '../../shared/Loading';
import { IssueList } from '../IssueList';
import type { ScenariosStore } from '../store';
import '../scenarios.css';
import { AssumptionDiffList } from './AssumptionDiffList';
import { ComparisonCharts } from './ComparisonCharts';
import { ComparisonSettingsForm } from './ComparisonSettingsForm';
import type { ComparisonStore } from './comparison-store';
import { ComparisonExportButton } from './ComparisonExportButton';
import { DifferencesTable } from './DifferencesTable';
import { ExcludedByScenario } from './ExcludedByScenario';
import { FanPanel } from './FanPanel';
import { ScenarioPicker } from './ScenarioPicker';
import { TargetGaps } from './TargetGaps';
import { TornadoPanel } from './TornadoPanel';

/** 2-4 scenarios side by side: the same charts on one axis, the differences, targets, uncertainty and what differs. */
export function ComparisonPage({ store, id, initialIds = [] }: { store: ScenariosStore; id: number | null; initialIds?: readonly number[] }) {
  const key = initialIds.join(',');
  const comparison = useMemo(() => store.openComparison(id, key ? key.split(',').map(Number) : []), [store, id, key]);
  useEffect(() => comparison.getState().connect(), [comparison]);
  const state = useStore(comparison);
  if (state.status === 'error' && state.error) return <ErrorNotice error={state.error} />;
  if (state.status !== 'ready') return <Loading />;
  return <ComparisonBody comparison={comparison} client={store.client} />;
}

function SaveForm({ comparison }: { comparison: ComparisonStore }) {
  const { t } = useTranslation('scenarios');
  const { name, saved, saving, saveError, scenarioIds, setName, save } = useStore(comparison);
  const id = useId();
  const submit = async () => {
    const record = await save();
    // A new comparison gets its own address, so it can be found again and put in a briefing.
    if (record && !saved) window.location.hash = comparisonHref(record.id);
  };
  return (
    <form
      className="sc-inline-form"
      aria-label={t('comparison.saveTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${id}-name`}>{t('comparison.name')}</label>
      <input id={`${id}-name`} type="text" dir="auto" value={name} onChange={(e) => setName(e.target.value)} />
      <button type="submit" disabled={saving || name.trim() === '' || scenarioIds.length < 2}>
        {saved ? t('comparison.saveChanges') : t('comparison.save')}
      </button>
      {saved && !saving && !saveError && (
        <span className="muted" role="status">
          {t('comparison.savedAs', { name: saved.name })}
        </span>
      )}
      {saveError && (
        <span className="field-error" role="alert">
          {saveError.message}
        </span>
      )}
    </form>
  );
}

function ComparisonBody({ comparison, client }: { comparison: ComparisonStore; client: Client }) {
  const { t } = useTranslation('scenarios');
  const state = useStore(comparison);
  const { inputs, scenarioIds, settings, saved } = state;
  const ready = inputs !== null && scenarioIds.length >= 2 && scenarioIds.every((s) => inputs.scenarios.some((x) => x.id === s));
  const view = useMemo(() => (ready ? comparisonView({ scenarioIds, settings }, inputs) : null), [ready, scenarioIds, settings, inputs]);
  const names = useMemo(
    () => ({ projects: new Map(inputs?.projects.map((p) => [p.id, p.name])), clusters: new Map(inputs?.clusters.map((c) => [c.id, c.name])) }),
    [inputs],
  );
  return (
    <article className="sc-comparison">
      <p className="record-kind">{t('comparison.kind')}</p>
      <h1>
        <bdi>{saved?.name ?? t('comparison.newTitle')}</bdi>
      </h1>
      <ScenarioPicker comparison={comparison} />
      <SaveForm comparison={comparison} />
      <ComparisonExportButton
        client={client}
        saved={saved ? { id: saved.id, name: saved.name } : null}
        scenarios={scenarioIds.flatMap((id) => inputs?.scenarios.filter((s) => s.id === id) ?? [])}
      />
      {scenarioIds.length < 2 && <p className="notice">{t('comparison.chooseTwo')}</p>}
      {view && !view.ok && <IssueList issues={view.issues} names={names} title={t('results.stopped')} />}
      {view?.ok && (
        <>
          <ComparisonSettingsForm comparison={comparison} view={view.result} />
          {view.result.scenarios.some((s) => s.illustrative) && (
            <p className="notice sc-notice-assumption">
              <strong>{t('illustrative.badge')}</strong> {t('comparison.illustrative')}
            </p>
          )}
          <IssueList issues={view.result.issues} names={names} title={t('results.warnings')} />
          <DifferencesTable view={view.result} />
          <ComparisonCharts view={view.result} />
          <TargetGaps view={view.result} />
          <FanPanel view={view.result} inputs={inputs!} />
          <TornadoPanel view={view.result} />
          <AssumptionDiffList view={view.result} inputs={inputs!} />
          <ExcludedByScenario view={view.result} inputs={inputs!} />
        </>
      )}
    </article>
  );
}
