import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonView, TornadoBar } from '../../../../db/scenario';
import { useFormat } from '../../../app/i18n/use-format';
import { colourAt, scenarioColours } from '../../../charts/palette';
import { TornadoChartView } from '../../../charts/TornadoChartView';
import { metricUnit } from './metric-text';

const SHOWN = 10;

/** What moves the chosen result most in the year in focus, for the scenario in focus. */
export function TornadoPanel({ view }: { view: ComparisonView }) {
  const { t } = useTranslation('scenarios');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const id = useId();
  const { tornado } = view;
  const label = (b: TornadoBar) =>
    b.kind === 'assumption'
      ? t('tornado.assumption', { name: t(`assumption.${b.field}`), low: format.number(b.lowInput, 2), high: format.number(b.highInput, 2) })
      : b.kind === 'stage'
        ? t('tornado.assumption', { name: t('assumptions.stageProbability', { stage: tc(`enum.projectStage.${b.stage}`) }), low: format.number(b.lowInput, 0), high: format.number(b.highInput, 0) })
        : t('tornado.project', { name: b.name, field: t(`override.${b.field}`) });
  const bars = tornado?.bars.slice(0, SHOWN) ?? [];
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('tornado.title', { name: view.focus.name, year: format.year(view.year) })}</h2>
      {bars.length === 0 || !tornado ? (
        <p className="muted">{t('tornado.none')}</p>
      ) : (
        <TornadoChartView
          title={t('tornado.chartTitle', { metric: t(`metric.${view.settings.metric}`) })}
          unit={metricUnit(t, view.settings.metric, view.currency)}
          rows={bars.map((b) => ({ label: label(b), low: b.lowValue, high: b.highValue }))}
          base={tornado.base}
          baseLabel={t('tornado.base', { value: format.number(tornado.base, 1) })}
          colour={colourAt(scenarioColours, view.scenarios.indexOf(view.focus))}
          summary={bars.map((b) => t('tornado.summaryItem', { name: label(b), low: format.number(b.lowValue, 1), high: format.number(b.highValue, 1) })).join('; ')}
        />
      )}
    </section>
  );
}
