import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { ComparisonView } from '../../../../db/scenario';
import { comparisonMetrics, type ComparisonMetric } from '../../../../db/schema/scenarios';
import { useFormat } from '../../../app/i18n/use-format';
import type { ComparisonStore } from './comparison-store';

/** The result the table, tornado and fan are about, its weighting, the year in focus and the scenario in focus. */
export function ComparisonSettingsForm({ comparison, view }: { comparison: ComparisonStore; view: ComparisonView }) {
  const { t } = useTranslation('scenarios');
  const format = useFormat();
  const { settings, setSettings } = useStore(comparison);
  const id = useId();
  return (
    <div className="sc-comparison-settings" role="group" aria-label={t('comparison.settings')}>
      <label htmlFor={`${id}-metric`}>{t('comparison.metric')}</label>
      <select id={`${id}-metric`} value={settings.metric} onChange={(e) => setSettings({ metric: e.target.value as ComparisonMetric })}>
        {comparisonMetrics.map((m) => (
          <option key={m} value={m}>
            {t(`metric.${m}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-weighting`}>{t('comparison.weighting')}</label>
      <select id={`${id}-weighting`} value={settings.riskWeighted ? 'weighted' : 'nominal'} onChange={(e) => setSettings({ riskWeighted: e.target.value === 'weighted' })}>
        <option value="nominal">{t('weighting.nominal')}</option>
        <option value="weighted">{t('weighting.riskWeighted')}</option>
      </select>
      <label htmlFor={`${id}-year`}>{t('comparison.year')}</label>
      <select id={`${id}-year`} value={view.year} onChange={(e) => setSettings({ year: Number(e.target.value) })}>
        {view.years.map((y) => (
          <option key={y} value={y}>
            {format.year(y)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-focus`}>{t('comparison.focus')}</label>
      <select id={`${id}-focus`} value={view.focus.id} onChange={(e) => setSettings({ focusScenarioId: Number(e.target.value) })}>
        {view.scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}
