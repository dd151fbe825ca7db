import { useTranslation } from 'react-i18next';

/**
 * Metric and unit names are typed by analysts (or come from the sample) in English. Those the app
 * knows are printed in the briefing's language; any other is printed as typed. Analyst text is
 * never passed to t() as a key or a default: i18next would interpolate "{{…}}" in it.
 */
const METRICS = {
  clusters: 'clusters',
  countries: 'countries',
  'emissions reduction potential': 'reduction',
  'GDP contribution': 'gdp',
  'jobs supported': 'jobs',
  'clusters joined': 'clustersJoined',
  'technology projects target': 'technologyProjects',
} as const;

/** The initiative's totals in the order a reader expects them: size first, then results. */
export const metricOrder: readonly string[] = Object.keys(METRICS);

const UNITS = {
  clusters: 'clusters',
  countries: 'countries',
  'Mt CO2e/yr': 'mtPerYear',
  'kt CO2e/yr': 'ktPerYear',
  'USD bn': 'usdBn',
  jobs: 'jobs',
  projects: 'projects',
} as const;

const known = <T extends Record<string, string>>(table: T, text: string): T[keyof T] | null =>
  Object.prototype.hasOwnProperty.call(table, text) ? table[text as keyof T] : null;

export function useMetricNames() {
  const { t } = useTranslation('briefings');
  return {
    metric: (m: string) => {
      const key = known(METRICS, m);
      return key ? t(`metric.${key}`) : m;
    },
    unit: (u: string) => {
      const key = known(UNITS, u);
      return key ? t(`unit.${key}`) : u;
    },
  };
}
