import { useTranslation } from 'react-i18next';
import type { IndicatorRow } from '../../../db/schema/relations';
import { useFormat } from '../../app/i18n/use-format';
import { recordHref } from '../../app/routing/routes';
import { RecordLink } from './RecordLink';

interface Series {
  key: string;
  metric: string;
  unit: string;
  byYear: Map<number, IndicatorRow>;
}

/** Observations as one row per metric and one column per year; the latest observation of a year wins. */
function pivot(rows: readonly IndicatorRow[]) {
  const series = new Map<string, Series>();
  const years = new Set<number>();
  for (const row of rows) {
    const key = `${row.metric}\u0000${row.unit}`;
    const s = series.get(key) ?? { key, metric: row.metric, unit: row.unit, byYear: new Map<number, IndicatorRow>() };
    const previous = s.byYear.get(row.year);
    if (!previous || (row.observedOn ?? '') >= (previous.observedOn ?? '')) s.byYear.set(row.year, row);
    series.set(key, s);
    years.add(row.year);
  }
  return { series: [...series.values()], years: [...years].sort((a, b) => a - b) };
}

/**
 * Dated values of metrics (an initiative's totals, a cluster's indicators). Each value cites its
 * source by a numbered note, listed under the table; a value without a source is an assumption.
 */
export function IndicatorTable({ caption, rows }: { caption: string; rows: readonly IndicatorRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { series, years } = pivot(rows);
  const cited = [...new Map(rows.filter((r) => r.sourceId !== null).map((r) => [r.sourceId!, r.sourceTitle ?? ''])).entries()];
  const noteOf = new Map(cited.map(([id], i) => [id, i + 1]));
  return (
    <div className="indicator-table">
      <div className="table-scroll">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.indicator.metric')}</th>
              {years.map((y) => (
                <th key={y} scope="col" className="numeric">
                  {format.year(y)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.key}>
                <th scope="row">
                  <bdi>{s.metric}</bdi>{' '}
                  <span className="unit">
                    (<bdi>{s.unit}</bdi>)
                  </span>
                </th>
                {years.map((y) => {
                  const row = s.byYear.get(y);
                  return (
                    <td key={y} className="numeric">
                      {row && (
                        <>
                          {format.number(row.value)}
                          {row.sourceId !== null ? (
                            <sup className="note-ref">
                              <a href={recordHref('sources', row.sourceId)} aria-label={t('figure.sourceNamed', { title: row.sourceTitle ?? '' })} title={row.sourceTitle ?? ''}>
                                {format.number(noteOf.get(row.sourceId)!)}
                              </a>
                            </sup>
                          ) : (
                            <span className="assumption" title={t('figure.assumptionHint')}>
                              {t('figure.assumption')}
                            </span>
                          )}
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cited.length > 0 && (
        <ol className="source-notes" aria-label={t('figure.sourcesOfTable', { caption })}>
          {cited.map(([id, title]) => (
            <li key={id}>
              <RecordLink section="sources" id={id}>
                {title}
              </RecordLink>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
