import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonView } from '../../../../db/scenario';
import { useFormat } from '../../../app/i18n/use-format';
import { metricUnit, metricValue } from './metric-text';

/** The chosen result year by year: each scenario's value and how far each later one is from the first. */
export function DifferencesTable({ view }: { view: ComparisonView }) {
  const { t } = useTranslation('scenarios');
  const format = useFormat();
  const { metric, riskWeighted } = view.settings;
  const [reference, ...others] = view.scenarios;
  const signed = (v: number | null) => (v === null ? '—' : v > 0 ? `+${metricValue(format, metric, v)}` : metricValue(format, metric, v));
  return (
    <section className="sc-differences">
      <div className="table-scroll">
        <table>
          <caption>
            {metric === 'localisation'
              ? t('differences.captionPlain', { metric: t(`metric.${metric}`), unit: metricUnit(t, metric, view.currency), reference: reference.name })
              : t('differences.caption', {
                  metric: t(`metric.${metric}`),
                  weighting: t(riskWeighted ? 'weighting.riskWeighted' : 'weighting.nominal'),
                  unit: metricUnit(t, metric, view.currency),
                  reference: reference.name,
                })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('results.year')}</th>
              <th scope="col" className="numeric">
                <bdi>{reference.name}</bdi>
              </th>
              {others.map((s) => (
                <Fragment key={s.id}>
                  <th scope="col" className="numeric">
                    <bdi>{s.name}</bdi>
                  </th>
                  <th scope="col" className="numeric">
                    {t('differences.difference', { name: s.name })}
                  </th>
                </Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.differences.map((row) => (
              <tr key={row.year} className={row.year === view.year ? 'sc-focus-year' : undefined}>
                <th scope="row">{format.year(row.year)}</th>
                <td className="numeric">{metricValue(format, metric, row.values[0])}</td>
                {others.map((s, i) => (
                  <Fragment key={s.id}>
                    <td className="numeric">{metricValue(format, metric, row.values[i + 1])}</td>
                    <td className="numeric sc-difference">{signed(row.differences[i])}</td>
                  </Fragment>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
