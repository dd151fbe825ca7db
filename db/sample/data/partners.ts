import type { PartnerKind } from '../../schema';
import type { PartnerSeed } from '../types';
import type { SourceKey } from './sources';

/**
 * Every organisation the seeds name as an actor. Country only where the text (or the name as the text
 * gives it) states it. Kind where the text says only "company" is the founding team's classification
 * (state_owned for well-known state companies); see README.md. A parent comes before its children.
 */

/** A company whose executives attended the UAE Industry 4.0 Pioneers Network meeting (seed 003). */
const uaeAttendee = (name: string, arabic: string, kind: PartnerKind, extra: Partial<PartnerSeed<SourceKey>> = {}): PartnerSeed<SourceKey> => ({
  name,
  kind,
  notes: `Executives attended the second annual meeting of the Industry 4.0 Pioneers Network of the UAE Ministry of Industry and Advanced Technology, February 2023 (Arabic source: «${arabic}»).`,
  cite: ['seed003'],
  ...extra,
});

export const PARTNERS = {
  // Azerbaijan: government
  minEconomyAz: {
    name: 'Ministry of Economy of Azerbaijan',
    kind: 'ministry',
    country: 'AZ',
    cite: ['seed000', 'seed001'],
  },
  minDigitalAz: {
    name: 'Ministry of Digital Development and Transport of Azerbaijan',
    kind: 'ministry',
    country: 'AZ',
    cite: ['seed001'],
  },
  minFinanceAz: {
    name: 'Ministry of Finance of Azerbaijan',
    kind: 'ministry',
    country: 'AZ',
    cite: ['seed001'],
  },
  fourSim: {
    name: 'Fourth Industrial Revolution Analysis and Coordination Centre',
    shortName: '4SİM',
    kind: 'agency',
    country: 'AZ',
    parent: 'minEconomyAz',
    notes:
      "Coordinates Azerbaijan's participation in the WEF Transitioning Industrial Clusters initiative. At COP29 it " +
      'held discussions with the Ministry of Economy on AI, climate action and the Fourth Industrial Revolution.',
    cite: ['seed000', 'seed001'],
    fields: [{ field: 'parentId', source: 'seed000', note: '«при Министерстве экономики» (under the Ministry of Economy)' }],
  },
  ezda: {
    name: 'Economic Zones Development Agency',
    kind: 'agency',
    country: 'AZ',
    cite: [{ source: 'seed000', note: '«Агентство развития экономических зон»' }],
  },
  kobia: {
    name: 'Small and Medium Business Development Agency',
    shortName: 'KOBİA',
    kind: 'agency',
    country: 'AZ',
    cite: ['seed001'],
  },

  // Azerbaijan: SOCAR group
  socar: {
    name: 'SOCAR',
    kind: 'state_owned',
    country: 'AZ',
    cite: ['seed000'],
  },
  socarPolymer: {
    name: 'SOCAR Polymer',
    kind: 'state_owned',
    country: 'AZ',
    parent: 'socar',
    notes: 'In the Sumgait Industrial Park. Parent inferred from the name.',
    cite: ['seed000'],
  },
  socarKarbamid: {
    name: 'SOCAR Karbamid',
    kind: 'state_owned',
    country: 'AZ',
    parent: 'socar',
    notes: 'In the Sumgait Industrial Park. Parent inferred from the name.',
    cite: ['seed000'],
  },
  socarDownstream: {
    name: 'SOCAR Downstream',
    kind: 'state_owned',
    parent: 'socar',
    notes: 'Parent inferred from the name.',
    cite: ['seed001'],
  },

  // COP29 agreements (seed 001)
  byd: { name: 'BYD', kind: 'private', cite: ['seed001'] },
  sarda: { name: 'SARDA Group', kind: 'private', cite: ['seed001'] },
  electrifyAz: { name: 'Electrify Azerbaijan', kind: 'private', cite: ['seed001'] },
  aic: {
    name: 'Azerbaijan Investment Company',
    shortName: 'AIC',
    kind: 'investment',
    country: 'AZ',
    cite: ['seed001'],
  },
  dias: {
    name: 'Dias Bilişim ve Teknoloji Hizmetleri A.Ş.',
    shortName: 'Dias',
    kind: 'private',
    country: 'TR',
    cite: [{ source: 'seed001', note: '"the Turkish firm"' }],
  },
  carbonbit: {
    name: 'Carbonbit Technologies',
    kind: 'private',
    country: 'GB',
    cite: [{ source: 'seed001', note: '"the British company"' }],
  },
  masdar: {
    name: 'Masdar',
    kind: 'state_owned',
    country: 'AE',
    cite: [{ source: 'seed001', note: '"a company based in the United Arab Emirates"' }],
  },
  bp: { name: 'bp', kind: 'private', cite: ['seed001'] },
  volts: {
    name: 'Volts',
    kind: 'private',
    parent: 'bp',
    cite: ['seed001'],
    fields: [{ field: 'parentId', source: 'seed001', note: '"bp’s subsidiary, "Volts""' }],
  },
  technipItaly: {
    name: 'Technip Energies Italy S.p.A.',
    shortName: 'TEN',
    kind: 'private',
    country: 'IT',
    cite: ['seed001'],
  },
  alterra: {
    name: 'Alterra',
    kind: 'private',
    notes: 'Owner of the pyrolysis technology chosen for the "Waste Monetization" project.',
    cite: ['seed001'],
  },
  ecostar: {
    name: 'Ecostar LLC',
    kind: 'other',
    country: 'AZ',
    notes: 'Newly established joint venture of AIC, SOCAR Downstream and Technip Energies Italy; its charter was signed at COP29 in Baku. Shares not stated.',
    cite: ['seed001'],
  },
  itc: { name: 'International Trade Centre', shortName: 'ITC', kind: 'international', cite: ['seed001'] },
  sebrae: {
    name: 'Brazilian Micro and Small Business Support Service',
    shortName: 'SEBRAE',
    kind: 'agency',
    country: 'BR',
    cite: ['seed001'],
  },

  // The initiative and the reports around it
  wef: {
    name: 'World Economic Forum',
    shortName: 'WEF',
    kind: 'international',
    notes:
      'Runs the Transitioning Industrial Clusters initiative. Roberto Bocca, Head of the Centre for Energy ' +
      'and Materials, is quoted on the January 2025 expansion.',
    cite: ['seed000', 'seed002', { source: 'seed004', note: 'Publisher of the page.' }],
  },
  accenture: {
    name: 'Accenture',
    kind: 'private',
    notes:
      'Developed the report "Industrial Clusters – Working Together to Achieve Net Zero" with the WEF and ' +
      'collaborated on the WEF report of January 2025.',
    cite: ['seed002', 'seed004'],
  },
  epri: {
    name: 'Electric Power Research Institute',
    shortName: 'EPRI',
    kind: 'academia',
    notes: 'Collaborated on the WEF report of January 2025.',
    cite: ['seed002'],
  },

  // United Arab Emirates (seed 003)
  moiat: {
    name: 'Ministry of Industry and Advanced Technology of the UAE',
    shortName: 'MoIAT',
    kind: 'ministry',
    country: 'AE',
    notes: 'Leads the Industrial Sustainability Alliance and runs the Industrial Technology Transformation Index (ITTI).',
    cite: ['seed003'],
  },
  uaeUniversity: {
    name: 'United Arab Emirates University',
    kind: 'academia',
    country: 'AE',
    notes: 'Partner of the second Industry 4.0 Enablement Centre, launched at the World Government Summit (Arabic source: «جامعة الإمارات العربية المتحدة»).',
    cite: ['seed003'],
  },
  etisalat: uaeAttendee('Etisalat', 'اتصالات', 'state_owned', { shortName: 'e&' }),
  schneider: uaeAttendee('Schneider Electric', 'شنايدر إلكتريك', 'private'),
  siemens: uaeAttendee('Siemens', 'سيمنز', 'private'),
  adnoc: uaeAttendee('ADNOC', 'أدنوك', 'state_owned'),
  strata: uaeAttendee('Strata', 'ستراتا', 'state_owned'),
  du: uaeAttendee('du', 'دو', 'state_owned'),
  microsoft: uaeAttendee('Microsoft', 'مايكروسوفت', 'private'),
  ibm: uaeAttendee('IBM', 'آي بي إم', 'private'),
  edge: uaeAttendee('EDGE Group', 'ايدج', 'state_owned', {
    notes:
      'Executives attended the second annual meeting of the Industry 4.0 Pioneers Network, February 2023; partner of the ' +
      'first Industry 4.0 Enablement Centre (Arabic source: «ايدج», «مجموعة إيدج»).',
  }),
  huawei: uaeAttendee('Huawei', 'هواوي', 'private'),
  ericsson: uaeAttendee('Ericsson', 'إريكسون', 'private'),
  sap: uaeAttendee('SAP', 'ساب', 'private'),
  aveva: uaeAttendee('AVEVA', 'أفيفا', 'private'),
  ega: uaeAttendee('Emirates Global Aluminium', 'شركة الإمارات العالمية للألمنيوم', 'state_owned', { shortName: 'EGA', country: 'AE' }),
  cisco: uaeAttendee('Cisco', 'سيسكو', 'private'),
  unilever: uaeAttendee('Unilever', 'يونيليفر', 'private'),
  honeywell: uaeAttendee('Honeywell', 'هانيويل', 'private'),
} satisfies Record<string, PartnerSeed<SourceKey>>;

export type PartnerKey = keyof typeof PARTNERS;
