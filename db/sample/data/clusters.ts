import type { ClusterSeed } from '../types';
import type { InitiativeKey } from './initiative';
import type { PartnerKey } from './partners';
import type { SourceKey } from './sources';

type Seed = ClusterSeed<SourceKey, PartnerKey, InitiativeKey>;

/**
 * The clusters the seeds name. The seeds give no headline figures for any single cluster, so
 * baseline, reduction potential, GDP and jobs stay empty; kind and sectors only as the text states.
 */

/** One of the 13 clusters that joined the WEF initiative in January 2025 (seed 002). */
const cohort2025 = (seed: Omit<Seed, 'initiative' | 'joinedOn' | 'cite'> & { note?: string }): Seed => {
  const { note, ...values } = seed;
  return {
    ...values,
    initiative: 'wefTic',
    joinedOn: '2025-01',
    cite: [note ? { source: 'seed002', note } : 'seed002'],
  };
};

export const CLUSTERS = {
  sumgait: {
    name: 'Sumgait Industrial Park NextGen cluster',
    country: 'AZ',
    location: 'Sumgait Industrial Park',
    kind: 'industrial_park',
    initiative: 'wefTic',
    joinedOn: '2026-01',
    joinedEvent: 'World Economic Forum Annual Meeting, Davos',
    notes:
      'A "new generation" industrial cluster being formed in the Sumgait Industrial Park with the Economic Zones Development ' +
      'Agency, SOCAR Polymer and SOCAR Karbamid; aims: lower production costs, more competitive products, higher export ' +
      "potential. The source reports Azerbaijan's accession to the initiative and names this cluster as the case in point " +
      '(«В частности, в Сумгайытском промышленном парке уже формируется промышленный кластер нового поколения NextGen»).',
    cite: ['seed000'],
    fields: [{ field: 'joinedOn', source: 'seed000', note: 'Accession at the annual meeting in Davos; the month is that of the meeting (January 2026), the text names no date.' }],
  },
  kerala: cohort2025({
    name: 'Kerala Green Hydrogen Valley',
    country: 'IN',
    location: 'Kerala',
    kind: 'hydrogen_valley',
    sectors: ['hydrogen'],
    note: 'Named among the newest members.',
  }),
  kakinada: cohort2025({
    name: 'Kakinada Cluster',
    country: 'IN',
    location: 'Kakinada',
    kind: 'other',
    notes: 'Focused, like the Saraburi Sandbox, on decarbonising hard-to-abate sectors such as cement production.',
  }),
  cartagena: cohort2025({
    name: 'Cartagena Industrial Cluster',
    country: 'CO',
    location: 'Cartagena',
    kind: 'other',
    note: 'Named among the newest members.',
  }),
  portOfAcu: cohort2025({
    name: 'Port of Açu Low Carbon Hub',
    country: 'BR',
    location: 'Port of Açu',
    kind: 'port',
    note: 'A new port-anchored member.',
  }),
  rotterdam: cohort2025({
    name: 'Port of Rotterdam',
    country: 'NL',
    location: 'Rotterdam',
    kind: 'port',
    note: 'A new port-anchored member.',
  }),
  saraburi: cohort2025({
    name: 'Saraburi Sandbox',
    country: 'TH',
    location: 'Saraburi',
    kind: 'other',
    sectors: ['cement'],
    note: 'Focused on decarbonising hard-to-abate sectors such as cement production.',
  }),
} satisfies Record<string, Seed>;

export type ClusterKey = keyof typeof CLUSTERS;
