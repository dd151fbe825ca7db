import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '../../../../db/scenario';
import type { ScenarioInputs } from '../../../../db/schema/scenarios';
import { useFormat } from '../../../app/i18n/use-format';
import { LineChartView } from '../../../charts/LineChartView';
import { scenarioColours } from '../../../charts/palette';
import { ExcludedList } from '../ExcludedList';
import { IssueList, type Names } from '../IssueList';
import type { LiveResult } from './live-result';

const finite = (v: number) => (Number.isFinite(v) ? v : null);

/** The yearly results as a table: the numbers behind the chart, which a screen reader and a test can read. */
function ResultsTable({ result }: { result: ScenarioResult }) {
  const { t } = useTranslation('scenarios');
  const format = useFormat();
  const s = result.totals;
  const num = (v: number, digits = 1) => (Number.isFinite(v) ? format.number(v, digits) : '—');
  return (
    <div className="table-scroll">
      <table className="sc-results-table">
        <caption>{t('results.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.year')}</th>
            <th scope="col" className="numeric">{t('results.abatement')}</th>
            <th scope="col" className="numeric">{t('results.abatementRiskWeighted')}</th>
            <th scope="col" className="numeric">{t('results.cumulative')}</th>
            <th scope="col" className="numeric">{t('results.capex', { currency: result.assumptions.currency.value })}</th>
            <th scope="col" className="numeric">{t('results.jobs')}</th>
            <th scope="col" className="numeric">{t('results.operating')}</th>
            <th scope="col" className="numeric">{t('results.localisation')}</th>
          </tr>
        </thead>
        <tbody>
          {result.years.map((year, i) => (
            <tr key={year}>
              <th scope="row">{format.year(year)}</th>
              <td className="numeric">{num(s.abatementNominal[i])}</td>
              <td className="numeric">{num(s.abatementRiskWeighted[i])}</td>
              <td className="numeric">{num(s.cumulativeNominal[i])}</td>
              <td className="numeric">{num(s.capexNominal[i], 0)}</td>
              <td className="numeric">{num(s.jobsConstructionNominal[i] + s.jobsPermanentNominal[i], 0)}</td>
              <td className="numeric">{num(s.operatingProjectsNominal[i], 0)}</td>
              <td className="numeric">{Number.isFinite(s.localisationPct[i]) ? format.percent(s.localisationPct[i]) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The results of the scenario as it stands on screen, recomputed on every change. */
export function ResultsPanel({ live, inputs }: { live: LiveResult; inputs: ScenarioInputs }) {
  const { t } = useTranslation('scenarios');
  const format = useFormat();
  const id = useId();
  const names: Names = {
    projects: new Map(inputs.projects.map((p) => [p.id, p.name])),
    clusters: new Map(inputs.clusters.map((c) => [c.id, c.name])),
  };
  const { result } = live;
  const last = result ? result.years.length - 1 : 0;
  return (
    <section aria-labelledby={`${id}-title`} className="sc-results">
      <h2 id={`${id}-title`}>{t('results.title')}</h2>
      <p className="muted">{t('results.live')}</p>
      {live.horizonIncomplete && <p className="notice">{t('results.horizonIncomplete')}</p>}
      <IssueList issues={live.issues} names={names} title={result ? t('results.warnings') : t('results.stopped')} />
      {result && (
        <>
          <LineChartView
            title={t('results.chartTitle')}
            unit={t('unit.abatement')}
            summary={t('results.chartSummary', {
              year: format.year(result.years[last]),
              nominal: format.number(result.totals.abatementNominal[last], 1),
              weighted: format.number(result.totals.abatementRiskWeighted[last], 1),
            })}
            rows={result.years.map((year, i) => ({ year, nominal: finite(result.totals.abatementNominal[i]), weighted: finite(result.totals.abatementRiskWeighted[i]) }))}
            series={[
              { key: 'nominal', name: t('weighting.nominal'), colour: scenarioColours[0] },
              { key: 'weighted', name: t('weighting.riskWeighted'), colour: scenarioColours[1], dash: '6 3' },
            ]}
          />
          <ResultsTable result={result} />
          <h3>{t('excluded.title')}</h3>
          <ExcludedList
            excluded={result.excluded}
            stageOf={new Map(result.projects.map((m) => [m.project.id, m.project.stage]))}
            minStage={result.assumptions.minStage.value}
            currency={result.assumptions.currency.value}
          />
        </>
      )}
    </section>
  );
}
