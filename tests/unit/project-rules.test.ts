import { describe, expect, test } from 'vitest';
import { projectIssues, type Project } from '../../db/schema';

type Values = Parameters<typeof projectIssues>[0];
const blank: Values = Object.fromEntries(
  [
    'name', 'clusterId', 'country', 'category', 'stage', 'signedOn', 'fidOn', 'startYear', 'capex', 'capexLow', 'capexHigh',
    'capexCurrency', 'capexPriceYear', 'abatementKt', 'abatementLowKt', 'abatementHighKt', 'rampUpYears', 'jobsConstruction',
    'jobsPermanent', 'localisationCurrentPct', 'localisationTargetPct', 'localisationTargetYear', 'confidence', 'notes',
  ].map((k) => [k, null]),
) as unknown as Values;
const project = (over: Partial<Omit<Project, 'id' | 'version' | 'createdAt' | 'updatedAt'>>): Values => ({
  ...blank,
  name: 'Plant',
  country: 'AZ',
  category: 'hydrogen',
  stage: 'idea',
  ...over,
});
const fields = (over: Parameters<typeof project>[0]) => projectIssues(project(over)).map((i) => i.field);

describe('project rules across fields', () => {
  test('a project with nothing but its required fields has no issues', () => {
    expect(projectIssues(project({}))).toEqual([]);
  });

  test('low, central and high estimates must be in order', () => {
    expect(fields({ abatementKt: 10, abatementLowKt: 11 })).toEqual(['abatementLowKt']);
    expect(fields({ abatementKt: 10, abatementHighKt: 9 })).toEqual(['abatementHighKt']);
    expect(fields({ abatementLowKt: 12, abatementHighKt: 9 })).toEqual(['abatementLowKt']);
    expect(fields({ capex: 100, capexLow: 90, capexHigh: 120 })).toEqual([]);
    expect(fields({ capex: 100, capexLow: 110, capexHigh: 90 })).toEqual(['capexLow', 'capexHigh', 'capexLow']);
  });

  test('a zero estimate counts as known', () => {
    expect(fields({ abatementKt: 0, abatementLowKt: 1 })).toEqual(['abatementLowKt']);
  });

  test('operation cannot start before the signing year', () => {
    expect(fields({ signedOn: '2024-11-12', startYear: 2023 })).toEqual(['startYear']);
    expect(fields({ signedOn: '2024', startYear: 2024 })).toEqual([]);
    expect(fields({ startYear: 2020 })).toEqual([]);
  });

  test('the investment decision cannot come before the signing', () => {
    expect(fields({ signedOn: '2024-05-10', fidOn: '2024-03' })).toEqual(['fidOn']);
    expect(fields({ signedOn: '2024-05', fidOn: '2023' })).toEqual(['fidOn']);
    expect(fields({ signedOn: '2024-05-10', fidOn: '2024-05-11' })).toEqual([]);
  });

  test('dates known only to the year or month are not held against a more precise one', () => {
    // FID "some time in 2024" may well be after a signing in May 2024.
    expect(fields({ signedOn: '2024-05', fidOn: '2024' })).toEqual([]);
    expect(fields({ signedOn: '2024-05-20', fidOn: '2024-05' })).toEqual([]);
    expect(fields({ signedOn: '2024', fidOn: '2024-01-02' })).toEqual([]);
  });

  test('a localisation target needs its target year', () => {
    expect(fields({ localisationTargetPct: 40 })).toEqual(['localisationTargetYear']);
    expect(fields({ localisationTargetPct: 40, localisationTargetYear: 2030 })).toEqual([]);
  });
});
