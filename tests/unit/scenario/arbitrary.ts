import fc from 'fast-check';
import { projectStages } from '../../../db/schema/enums';
import type { Override, ProjectInput, ScenarioDef } from '../../../db/scenario';
import { project } from './build';

/** Random but valid portfolios and scenarios for the property tests; values may be missing as in real records. */

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const amount = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });

const projectValues = fc.record({
  clusterId: maybe(fc.integer({ min: 1, max: 3 })),
  country: fc.constantFrom('AZ', 'AE', 'IN'),
  category: fc.constantFrom('hydrogen', 'ccus', 'efficiency') as fc.Arbitrary<ProjectInput['category']>,
  stage: fc.constantFrom(...projectStages),
  signedOn: maybe(fc.constant('2024-11')),
  startYear: maybe(fc.integer({ min: 2015, max: 2045 })),
  abatementKt: maybe(amount(1000)),
  capex: maybe(amount(5000)),
  capexCurrency: fc.constantFrom(null, 'USD', 'EUR'),
  rampUpYears: maybe(fc.integer({ min: 0, max: 6 })),
  jobsConstruction: maybe(fc.integer({ min: 0, max: 500 })),
  jobsPermanent: maybe(fc.integer({ min: 0, max: 200 })),
  localisationCurrentPct: maybe(fc.integer({ min: 0, max: 100 })),
  localisationTargetPct: maybe(fc.integer({ min: 0, max: 100 })),
  localisationTargetYear: maybe(fc.integer({ min: 2020, max: 2040 })),
});

export const portfolio = fc
  .array(projectValues, { minLength: 1, maxLength: 12 })
  .map((values) => values.map((v, i) => project(i + 1, v)));

const override: fc.Arbitrary<Partial<Override>> = fc.record(
  {
    include: fc.boolean(),
    delayYears: fc.integer({ min: 0, max: 3 }),
    startYear: fc.integer({ min: 2018, max: 2040 }),
    abatementFactor: amount(3),
    capexFactor: amount(3),
    rampUpYears: fc.integer({ min: 0, max: 5 }),
    probabilityPct: amount(100),
  },
  { requiredKeys: [] },
);

export const scenarioFor = (size: number): fc.Arbitrary<ScenarioDef> =>
  fc
    .record({
      horizonStart: fc.integer({ min: 2018, max: 2030 }),
      length: fc.integer({ min: 1, max: 30 }),
      assumptions: fc.record(
        {
          delayYears: fc.integer({ min: 0, max: 3 }),
          buildYears: fc.integer({ min: 0, max: 4 }),
          rampUpYears: fc.integer({ min: 0, max: 4 }),
          abatementFactor: amount(3),
          capexFactor: amount(3),
          minStage: fc.constantFrom(null, 'feasibility', 'fid'),
          signedOnly: fc.boolean(),
          stageProbabilityPct: fc.record({ idea: amount(100), fid: amount(100) }, { requiredKeys: [] }),
        },
        { requiredKeys: [] },
      ),
      projectOverrides: fc.array(fc.option(override, { nil: undefined }), { minLength: size, maxLength: size }),
      clusterOverrides: fc.array(fc.option(override, { nil: undefined }), { minLength: 3, maxLength: 3 }),
    })
    .map(({ horizonStart, length, assumptions, projectOverrides, clusterOverrides }) => ({
      id: 1,
      name: 'Random',
      parentId: null,
      horizonStart,
      horizonEnd: horizonStart + length - 1,
      assumptions,
      projectOverrides: Object.fromEntries(projectOverrides.flatMap((o, i) => (o ? [[i + 1, o]] : []))),
      clusterOverrides: Object.fromEntries(clusterOverrides.flatMap((o, i) => (o ? [[i + 1, o]] : []))),
    }));

/** A portfolio with a scenario over it. */
export const portfolioWithScenario = portfolio.chain((projects) => scenarioFor(projects.length).map((s) => ({ projects, scenario: s })));
