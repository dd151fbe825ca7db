import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { targetMetricOf, type ComparisonView, type YearRow } from '../../../../db/scenario';
import type { ComparisonMetric } from '../../../../db/schema/scenarios';
import { useFormat } from '../../../app/i18n/use-format';
import { LineChartView, type LineSeries, type ReferencePoint } from '../../../charts/LineChartView';
import { categoryColours, colourAt, scenarioColours, scenarioDashes } from '../../../charts/palette';
import { StackedAreaChartView } from '../../../charts/StackedAreaChartView';
import { metricUnit, metricValue } from './metric-text';

/** The metrics drawn one chart each, in the order a briefing reads them. */
const CHARTED: ComparisonMetric[] = ['cumulative', 'capex', 'jobs', 'localisation', 'operatingProjects'];

/** Rows with each scenario's nominal and risk-weighted values under their own keys, for one chart. */
function bothWeightings(view: ComparisonView): YearRow[] {
  const { nominal, riskWeighted } = view.lines.abatement;
  return nominal.map((row, t) => {
    const out: YearRow = { year: row.year } as YearRow;
    for (const s of view.scenarios) {
      out[`${s.key}n`] = row[s.key];
      out[`${s.key}w`] = riskWeighted[t][s.key];
    }
    return out;
  });
}

/** "Scenario A: 220 in 2040; Scenario B: …": the last value of each line, read out instead of the picture. */
function useSummary(view: ComparisonView) {
  const format = useFormat();
  const { t } = useTranslation('scenarios');
  return (rows: readonly YearRow[], series: readonly LineSeries[], metric: ComparisonMetric) => {
    const year = view.year;
    const row = rows.find((r) => r.year === year) ?? rows.at(-1)!;
    return series.map((s) => t('charts.summaryItem', { name: s.name, value: metricValue(format, metric, row[s.key] ?? null), year: format.year(row.year) })).join('; ');
  };
}

/**
 * The comparison's charts on one axis of years: abatement nominal and risk-weighted, then each
 * other result with the chosen weighting, targets drawn where they apply, and abatement by
 * category stacked for each scenario on a common scale.
 */
export function ComparisonCharts({ view }: { view: ComparisonView }) {
  const { t } = useTranslation('scenarios');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const summary = useSummary(view);
  const id = useId();
  const weighting = view.settings.riskWeighted ? 'riskWeighted' : 'nominal';
  const lines = (suffix = '') =>
    view.scenarios.map((s, i): LineSeries => ({ key: `${s.key}${suffix}`, name: s.name, colour: colourAt(scenarioColours, i), dash: colourAt(scenarioDashes, i) || undefined }));
  const targetsOf = (metric: ComparisonMetric): ReferencePoint[] => {
    const points = view.gaps
      .filter((g) => g.target.metric === targetMetricOf(metric))
      .map((g) => ({ year: g.target.year, value: g.targetValue, label: t('charts.target', { value: format.number(g.target.value, 3), unit: g.target.unit }) }));
    if (metric !== 'localisation') return points;
    return [...points, ...view.localisationTargets.map((l) => ({ year: l.year, value: l.pct, label: t('charts.projectTarget', { name: l.name, value: format.percent(l.pct) }) }))];
  };

  const abatementRows = bothWeightings(view);
  const abatementSeries = view.scenarios.flatMap((s, i) => [
    { key: `${s.key}n`, name: t('charts.seriesNominal', { name: s.name }), colour: colourAt(scenarioColours, i) },
    { key: `${s.key}w`, name: t('charts.seriesRiskWeighted', { name: s.name }), colour: colourAt(scenarioColours, i), dash: '6 3' },
  ]);
  const stackMax = Math.max(0, ...view.stacked.flatMap((s) => s.rows.map((r) => view.categories.reduce((sum, c) => sum + (r[c] ?? 0), 0))));

  return (
    <section aria-labelledby={`${id}-title`} className="sc-comparison-charts">
      <h2 id={`${id}-title`}>{t('charts.title')}</h2>
      <div className="sc-chart-grid">
        <LineChartView
          title={t('charts.abatementBoth')}
          unit={t('unit.abatement')}
          rows={abatementRows}
          series={abatementSeries}
          references={targetsOf('abatement')}
          summary={summary(abatementRows, abatementSeries, 'abatement')}
          height={200 + 40 * view.scenarios.length}
        />
        {CHARTED.map((metric) => {
          const rows = view.lines[metric][weighting];
          const series = lines();
          // A chart of flat zeros says less than a sentence: usually every project lacks the value.
          if (rows.every((r) => view.scenarios.every((s) => !r[s.key]))) {
            return (
              <p key={metric} className="muted">
                {t('charts.allZero', { metric: t(`metric.${metric}`) })}
              </p>
            );
          }
          return (
            <LineChartView
              key={metric}
              title={metric === 'localisation' ? t(`metric.${metric}`) : t('charts.titleWeighted', { metric: t(`metric.${metric}`), weighting: t(`weighting.${weighting}`) })}
              unit={metricUnit(t, metric, view.currency)}
              rows={rows}
              series={series}
              references={targetsOf(metric)}
              summary={summary(rows, series, metric)}
            />
          );
        })}
      </div>
      <h3>{t('charts.byCategory', { weighting: t(`weighting.${weighting}`) })}</h3>
      <div className="sc-chart-grid">
        {view.stacked.map((s) => {
          const scenario = view.scenarios.find((x) => x.id === s.scenarioId)!;
          const layers = view.categories.map((c, i) => ({ key: c, name: tc(`enum.projectCategory.${c}`), colour: colourAt(categoryColours, i) }));
          return (
            <StackedAreaChartView
              key={s.scenarioId}
              title={scenario.name}
              unit={t('unit.abatement')}
              rows={s.rows}
              layers={layers}
              max={stackMax}
              summary={summary(s.rows, layers, 'abatement')}
            />
          );
        })}
      </div>
    </section>
  );
}
