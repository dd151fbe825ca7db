import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonView, GapAt } from '../../../../db/scenario';
import { useFormat } from '../../../app/i18n/use-format';

/** Each target against each scenario: the result in the target's year, the gap (negative is a shortfall), when it is first met. */
export function TargetGaps({ view }: { view: ComparisonView }) {
  const { t } = useTranslation('scenarios');
  const format = useFormat();
  const id = useId();
  const name = new Map(view.scenarios.map((s) => [s.id, s.name]));
  const num = (v: number | null) => (v === null ? '—' : format.number(v, 1));
  const gap = (g: GapAt) => (g.gap === null ? '—' : t(g.met ? 'gaps.met' : 'gaps.short', { value: format.number(g.gap, 1) }));
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('gaps.title')}</h2>
      {view.gaps.length === 0 ? (
        <p className="muted">{t('gaps.none')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('gaps.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gaps.target')}</th>
                <th scope="col">{t('gaps.scenario')}</th>
                <th scope="col" className="numeric">{t('gaps.value')}</th>
                <th scope="col" className="numeric">{t('gaps.nominal')}</th>
                <th scope="col" className="numeric">{t('gaps.riskWeighted')}</th>
                <th scope="col">{t('gaps.firstMet')}</th>
              </tr>
            </thead>
            <tbody>
              {view.gaps.flatMap((g) =>
                g.gaps.map((s, i) => (
                  <tr key={`${g.target.id}-${s.scenarioId}`}>
                    {i === 0 && (
                      <th scope="rowgroup" rowSpan={g.gaps.length}>
                        <bdi>{g.target.name}</bdi>
                        <span className="sc-subtle">{t('gaps.targetValue', { value: format.number(g.target.value, 3), unit: g.target.unit, year: format.year(g.target.year) })}</span>
                        {!g.target.sourced && <span className="assumption">{t('targets.assumption')}</span>}
                      </th>
                    )}
                    <td>
                      <bdi>{name.get(s.scenarioId)}</bdi>
                    </td>
                    <td className="numeric">{num(s.nominal.value)}</td>
                    <td className="numeric">{gap(s.nominal)}</td>
                    <td className="numeric">{gap(s.riskWeighted)}</td>
                    <td>{s.nominal.firstYearMet === null ? t('gaps.never') : format.year(s.nominal.firstYearMet)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
