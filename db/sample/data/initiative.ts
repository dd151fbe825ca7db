import type { IndicatorSeed, InitiativeSeed } from '../types';
import type { SourceKey } from './sources';

export const INITIATIVES = {
  wefTic: {
    name: 'Transitioning Industrial Clusters',
    organiser: 'World Economic Forum',
    launchedOn: '2021',
    launchedEvent: 'COP26',
    description:
      'World Economic Forum initiative of industrial clusters: companies co-located in one region and linked by a common ' +
      'production chain, working together to cut carbon emissions, digitalise and develop sustainably. It aims ' +
      'to accelerate the transition to clean energy infrastructure while fostering economic development.',
    cite: [
      'seed002',
      { source: 'seed000', note: 'Russian name «Переход к промышленным кластерам»; clusters have joined since 2021.' },
    ],
    fields: [
      { field: 'launchedOn', source: 'seed002', note: '"launched at COP26 in 2021"' },
      { field: 'launchedEvent', source: 'seed002', note: '"launched at COP26 in 2021"' },
    ],
  },
} satisfies Record<string, InitiativeSeed<SourceKey>>;

export type InitiativeKey = keyof typeof INITIATIVES;

/** Metric names and units of the initiative's headline totals, shared with the tests. */
export const TOTALS = {
  clusters: { metric: 'clusters', unit: 'clusters' },
  countries: { metric: 'countries', unit: 'countries' },
  reduction: { metric: 'emissions reduction potential', unit: 'Mt CO2e/yr' },
  gdp: { metric: 'GDP contribution', unit: 'USD bn' },
  jobs: { metric: 'jobs supported', unit: 'jobs' },
} as const;

type TotalKey = keyof typeof TOTALS;

interface TotalsRow {
  year: number;
  observedOn: string;
  source: SourceKey;
  values: Record<TotalKey, number>;
  /** Where the text qualifies a value ("almost", "over"), the qualifier is kept with the observation. */
  notes?: Partial<Record<TotalKey, string>>;
}

/** The initiative's totals each January, exactly as DOMAIN.md lists them from the seeds and the 2024 report. */
const WEF_TOTALS: TotalsRow[] = [
  {
    year: 2024,
    observedOn: '2024-01',
    source: 'businessFacilities2024',
    values: { clusters: 20, countries: 10, reduction: 626, gdp: 362, jobs: 3_400_000 },
  },
  {
    year: 2025,
    observedOn: '2025-01',
    source: 'seed002',
    values: { clusters: 33, countries: 16, reduction: 832, gdp: 492, jobs: 4_300_000 },
    notes: {
      clusters: 'Including 13 new clusters from Australia, Brazil, Colombia, India, the Netherlands, Saudi Arabia, Sweden, Thailand and the United Kingdom.',
      reduction: '"832 million tonnes of carbon dioxide-equivalent emissions annually".',
      jobs: 'The text says "over 4.3 million jobs".',
    },
  },
  {
    year: 2026,
    observedOn: '2026-01',
    source: 'seed000',
    values: { clusters: 39, countries: 19, reduction: 877, gdp: 508, jobs: 4_600_000 },
    notes: {
      countries: '"39 industrial clusters from 19 countries"; the text adds that Azerbaijan became the 20th participating country.',
      reduction: 'The text says "almost 877 million tonnes of CO₂" and does not say per year.',
    },
  },
];

export const INDICATORS: IndicatorSeed<SourceKey, InitiativeKey>[] = [
  ...WEF_TOTALS.flatMap((row) =>
    (Object.keys(TOTALS) as TotalKey[]).map((k) => ({
      subject: { initiative: 'wefTic' as const },
      ...TOTALS[k],
      year: row.year,
      observedOn: row.observedOn,
      value: row.values[k],
      source: row.source,
      note: row.notes?.[k],
    })),
  ),
  {
    subject: { initiative: 'wefTic' },
    metric: 'clusters joined',
    year: 2025,
    observedOn: '2025-01',
    value: 13,
    unit: 'clusters',
    source: 'seed002',
    note: '"The new addition of 13 industrial clusters".',
  },
  {
    // A national programme target, not a cluster figure: stored against the country.
    subject: { country: 'AE' },
    metric: 'technology projects target',
    year: 2031,
    observedOn: '2023-02',
    value: 1000,
    unit: 'projects',
    source: 'seed003',
    note: 'Technology transformation programme of the Ministry of Industry and Advanced Technology: 1,000 technology projects by 2031 through 5 transformative initiatives.',
  },
];
