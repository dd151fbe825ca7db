import type { MethodInput } from '../../db/contract';

/** Valid create inputs, close to what an analyst types; override any field per test. */
export const clusterInput = (over: Partial<MethodInput<'clusters.create'>> = {}): MethodInput<'clusters.create'> => ({
  name: 'Sumgait Chemical Industrial Park',
  country: 'AZ',
  kind: 'chemical_park',
  sectors: ['chemicals', 'polymers'],
  ...over,
});

export const projectInput = (over: Partial<MethodInput<'projects.create'>> = {}): MethodInput<'projects.create'> => ({
  name: 'Polypropylene plant',
  country: 'AZ',
  category: 'manufacturing_localisation',
  stage: 'construction',
  ...over,
});

export const partnerInput = (over: Partial<MethodInput<'partners.create'>> = {}): MethodInput<'partners.create'> => ({
  name: 'SOCAR',
  kind: 'state_owned',
  country: 'AZ',
  ...over,
});

export const agreementInput = (over: Partial<MethodInput<'agreements.create'>> = {}): MethodInput<'agreements.create'> => ({
  title: 'Memorandum on green hydrogen',
  kind: 'mou',
  status: 'signed',
  signedOn: '2024-11',
  ...over,
});

export const sourceInput = (over: Partial<MethodInput<'sources.create'>> = {}): MethodInput<'sources.create'> => ({
  title: 'Annual report 2023',
  publisher: 'Ministry of Economy',
  publishedOn: '2024-03',
  language: 'en',
  ...over,
});
