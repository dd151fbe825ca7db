import type { TFunction } from 'i18next';
import type { ComparisonMetric } from '../../../../db/schema/scenarios';
import type { Format } from '../../../app/i18n/format';

/** The unit a chart metric is shown in. */
export function metricUnit(t: TFunction<'scenarios'>, metric: ComparisonMetric, currency: string): string {
  return metric === 'capex' ? currency : t(`unit.${metric}`);
}

/** Counts of projects and jobs are whole; risk-weighted counts and tonnes keep one decimal. */
const metricDigits = (metric: ComparisonMetric) => (metric === 'capex' ? 0 : 1);

/** A value of a metric as a table cell shows it; a missing value (outside a horizon) is a dash. */
export function metricValue(format: Format, metric: ComparisonMetric, value: number | null): string {
  if (value === null) return '—';
  return metric === 'localisation' ? format.percent(value) : format.number(value, metricDigits(metric));
}
