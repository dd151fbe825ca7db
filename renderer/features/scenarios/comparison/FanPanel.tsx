import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fanMetricOf, fanRows, scenarioChain, type ComparisonView, type MonteCarloResult } from '../../../../db/scenario';
import type { ScenarioInputs } from '../../../../db/schema/scenarios';
import { useFormat } from '../../../app/i18n/use-format';
import { FanChartView } from '../../../charts/FanChartView';
import { colourAt, scenarioColours } from '../../../charts/palette';
import { metricUnit } from './metric-text';
import { startMonteCarlo, type MonteCarloJob } from './monte-carlo-runner';

type Run =
  | { state: 'running'; done: number; total: number; job: MonteCarloJob }
  | { state: 'done'; result: MonteCarloResult }
  | { state: 'cancelled' }
  | { state: 'failed' };

/**
 * The P10-P90 fan of the scenario in focus: a seeded Monte Carlo run in a worker, with its
 * progress, a way to stop it, and the same numbers every time for the same seed and draws.
 */
export function FanPanel({ view, inputs }: { view: ComparisonView; inputs: ScenarioInputs }) {
  const { t } = useTranslation('scenarios');
  const format = useFormat();
  const id = useId();
  const [run, setRun] = useState<Run | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { seed, draws } = view.settings;
  const focus = view.focus;

  useEffect(() => {
    const { chain } = scenarioChain(inputs.scenarios, focus.id);
    const clusterNames = Object.fromEntries(inputs.clusters.map((c) => [c.id, c.name]));
    // A run replaced by a newer one (another scenario in focus, new inputs) reports nothing more.
    let current = true;
    const job: MonteCarloJob = startMonteCarlo(
      { projects: inputs.projects, chain, options: { seed, draws, chunk: Math.max(50, Math.ceil(draws / 20)) }, runOptions: { clusterNames } },
      (p) => {
        if (current) setRun({ state: 'running', done: p.done, total: p.total, job });
      },
    );
    setRun({ state: 'running', done: 0, total: draws, job });
    void job.done.then((outcome) => {
      if (!current) return;
      if (outcome === null) setRun({ state: 'cancelled' });
      else setRun(outcome.ok ? { state: 'done', result: outcome.result } : { state: 'failed' });
    });
    return () => {
      current = false;
      job.cancel();
    };
  }, [inputs, focus.id, seed, draws, attempt]);

  const metric = fanMetricOf(view.settings.metric);
  const rows = run?.state === 'done' ? fanRows(run.result, metric) : [];
  const at = rows.find((r) => r.year === view.year) ?? rows.at(-1);
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('fan.title', { name: focus.name })}</h2>
      <p className="muted">{t('fan.intro', { draws: format.number(draws, 0), seed: String(seed) })}</p>
      {run?.state === 'running' && (
        <p className="sc-fan-progress">
          <label htmlFor={`${id}-progress`}>{t('fan.running')}</label>{' '}
          <progress id={`${id}-progress`} max={run.total} value={run.done} />{' '}
          <button type="button" onClick={() => run.job.cancel()}>
            {t('fan.cancel')}
          </button>
        </p>
      )}
      {(run?.state === 'cancelled' || run?.state === 'failed') && (
        <p className={run.state === 'failed' ? 'notice notice-error' : 'notice'}>
          {t(run.state === 'failed' ? 'fan.failed' : 'fan.cancelled')}{' '}
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('fan.rerun')}
          </button>
        </p>
      )}
      {run?.state === 'done' && at && (
        <FanChartView
          title={t(`fan.metric.${metric}`)}
          unit={metricUnit(t, metric, view.currency)}
          rows={rows}
          colour={colourAt(scenarioColours, view.scenarios.indexOf(focus))}
          names={{ band: t('fan.band'), median: t('fan.median'), mean: t('fan.mean') }}
          summary={t('fan.summary', { year: format.year(at.year), p10: format.number(at.p10, 1), p50: format.number(at.p50, 1), p90: format.number(at.p90, 1) })}
        />
      )}
    </section>
  );
}
