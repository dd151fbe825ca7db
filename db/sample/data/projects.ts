import type { ProjectSeed } from '../types';
import type { ClusterKey } from './clusters';
import type { PartnerKey } from './partners';
import type { SourceKey } from './sources';

type Seed = ProjectSeed<SourceKey, PartnerKey, ClusterKey>;

/**
 * Projects from the COP29 agreements (seed 001) and the Sumgait NextGen cluster (seed 000). The texts
 * give no capex, abatement, jobs or start year, so those stay empty. The stage is the furthest step
 * the text reports: a signed agreement is 'mou'; nothing is said of feasibility studies or FID.
 * signedOn is the month: seed 001 is dated 27 November but says only that the agreements were signed
 * within COP29.
 */
export const PROJECTS = {
  busLocalisation: {
    name: 'Electric bus production localisation',
    country: 'AZ',
    category: 'manufacturing_localisation',
    stage: 'mou',
    signedOn: '2024-11',
    localisationTargetPct: 40,
    localisationTargetYear: 2030,
    notes: 'Electric bus manufacturing and localised spare parts in Azerbaijan.',
    roles: [
      { partner: 'minEconomyAz', role: 'government_sponsor' },
      { partner: 'minDigitalAz', role: 'government_sponsor' },
      { partner: 'minFinanceAz', role: 'government_sponsor' },
      { partner: 'byd', role: 'signatory' },
      { partner: 'sarda', role: 'signatory' },
      { partner: 'electrifyAz', role: 'signatory' },
    ],
    cite: ['seed001'],
    fields: [
      { field: 'localisationTargetPct', source: 'seed001', note: '"a 40 percent localization rate by 2030"' },
      { field: 'localisationTargetYear', source: 'seed001', note: '"a 40 percent localization rate by 2030"' },
    ],
  },
  depositSystem: {
    name: 'Deposit Management System',
    country: 'AZ',
    category: 'circularity_waste',
    stage: 'mou',
    signedOn: '2024-11',
    notes: 'Collection of plastic and glass containers and creation of a deposit management system in Azerbaijan.',
    roles: [
      { partner: 'aic', role: 'signatory' },
      { partner: 'dias', role: 'signatory' },
    ],
    cite: ['seed001'],
  },
  carbonTechnologies: {
    name: 'Carbon technologies development and commercialisation',
    country: 'AZ',
    // "Carbon technologies" is not said to mean capture or storage, so not 'ccus'.
    category: 'other',
    stage: 'mou',
    signedOn: '2024-11',
    notes: 'Collaboration on the development and commercialisation of carbon technologies in Azerbaijan.',
    roles: [
      { partner: 'aic', role: 'signatory' },
      { partner: 'carbonbit', role: 'signatory' },
    ],
    cite: ['seed001'],
  },
  batteryFacility: {
    name: 'Energy battery manufacturing facility',
    country: 'AZ',
    category: 'energy_storage',
    stage: 'mou',
    signedOn: '2024-11',
    notes: 'MoU with Masdar and Volts to support establishing the facility in Azerbaijan; the text does not name the other party.',
    roles: [
      { partner: 'masdar', role: 'signatory' },
      { partner: 'volts', role: 'signatory' },
    ],
    cite: ['seed001'],
  },
  wasteMonetization: {
    name: 'Waste Monetization (pyrolysis oil from plastic waste)',
    country: 'AZ',
    category: 'circularity_waste',
    // The joint venture's charter is signed; preliminary engineering is still to come, so not 'feasibility'.
    stage: 'mou',
    signedOn: '2024-11',
    notes: "Ecostar LLC will conduct preliminary engineering for producing pyrolysis oil from plastic waste with Alterra's pyrolysis technology.",
    roles: [
      { partner: 'ecostar', role: 'lead' },
      { partner: 'aic', role: 'co_investor' },
      { partner: 'socarDownstream', role: 'co_investor' },
      { partner: 'technipItaly', role: 'co_investor' },
      { partner: 'alterra', role: 'technology_provider' },
    ],
    cite: ['seed001'],
  },
  nextGen: {
    name: 'NextGen cluster formation, Sumgait Industrial Park',
    cluster: 'sumgait',
    country: 'AZ',
    // Aims are costs, competitiveness and exports: no single lever of the list fits.
    category: 'other',
    // "Already being formed", but no agreement, study or decision is reported: the earliest stage.
    stage: 'idea',
    notes:
      'Forming a new-generation industrial cluster with the Economic Zones Development Agency, SOCAR Polymer and SOCAR ' +
      'Karbamid, to lower production costs, raise competitiveness and increase export potential. The text says it is ' +
      'already being formed; no agreement, study or decision is reported.',
    roles: [
      { partner: 'ezda', role: 'lead' },
      { partner: 'socarPolymer', role: 'lead' },
      { partner: 'socarKarbamid', role: 'lead' },
    ],
    cite: ['seed000'],
  },
} satisfies Record<string, Seed>;

export type ProjectKey = keyof typeof PROJECTS;
