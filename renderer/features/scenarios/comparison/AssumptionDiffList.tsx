import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssumptionDiff, ComparisonView, DiffValue } from '../../../../db/scenario';
import type { ScenarioInputs } from '../../../../db/schema/scenarios';
import { useFormat } from '../../../app/i18n/use-format';
import { provenanceText } from '../provenance';

const STAGES = new Set(['idea', 'mou', 'feasibility', 'fid', 'construction', 'operational', 'cancelled']);

/** The assumptions that differ between the scenarios and where: each one's value in each scenario and where it comes from. */
export function AssumptionDiffList({ view, inputs }: { view: ComparisonView; inputs: ScenarioInputs }) {
  const { t } = useTranslation('scenarios');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const id = useId();
  const clusters = new Map(inputs.clusters.map((c) => [c.id, c.name]));

  const what = (d: AssumptionDiff) => {
    if (d.level === 'project') return t('diff.project', { name: d.name, field: t(`override.${d.field}`) });
    if (d.level === 'cluster') return t('diff.cluster', { name: clusters.get(d.clusterId) ?? `#${d.clusterId}`, field: t(`override.${d.field}`) });
    if (d.field === 'stageProbabilityPct' && d.stage) return t('assumptions.stageProbability', { stage: tc(`enum.projectStage.${d.stage}`) });
    return t(`assumption.${d.field as 'delayYears'}`);
  };
  const value = (v: DiffValue) => {
    const x = v.value;
    if (x === null || x === undefined) return t('diff.notSet');
    if (typeof x === 'boolean') return t(x ? 'diff.yes' : 'diff.no');
    if (typeof x === 'string') return STAGES.has(x) ? tc(`enum.projectStage.${x as 'fid'}`) : x;
    return format.number(x as number, 3);
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('diff.title')}</h2>
      {view.assumptions.length === 0 ? (
        <p className="muted">{t('diff.none')}</p>
      ) : (
        <ul className="sc-assumption-diffs">
          {view.assumptions.map((d, k) => (
            <li key={k}>
              <span className="sc-diff-what">{what(d)}</span>
              <ul>
                {d.values.map((v) => (
                  <li key={v.scenarioId}>
                    <bdi>{v.scenarioName}</bdi>: <strong>{value(v)}</strong> <span className="muted">({provenanceText(t, v.from)})</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
