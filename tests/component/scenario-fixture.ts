import { screen } from '@testing-library/react';
import type { MethodInput } from '../../db/contract/methods';
import { go, type TestApp, type useTestApp } from './harness';

export interface PortfolioOptions {
  /** What the base scenario sets of the global assumptions. */
  baseAssumptions?: MethodInput<'scenarios.create'>['assumptions'];
  /** The bus plant's start year and abatement; without them it is left out of the results. */
  bus?: { startYear: number; abatementKt: number };
}

/** Two projects (one in a cluster), a base scenario that sets the battery plant's probability to 50 %, and a child of it. */
export async function scenarioPortfolio(app: TestApp, { baseAssumptions, bus }: PortfolioOptions = {}) {
  const { client } = app;
  const cluster = await client.api('clusters.create', { name: 'Sumgait', country: 'AZ', kind: 'industrial_park' });
  const battery = await client.api('projects.create', {
    name: 'Battery plant',
    country: 'AZ',
    category: 'energy_storage',
    stage: 'fid',
    clusterId: cluster.id,
    startYear: 2027,
    abatementKt: 100,
  });
  const busPlant = await client.api('projects.create', { name: 'Bus plant', country: 'AZ', category: 'manufacturing_localisation', stage: 'mou', ...bus });
  const base = await client.api('scenarios.create', { name: 'Base case', horizonStart: 2025, horizonEnd: 2030, ...(baseAssumptions && { assumptions: baseAssumptions }) });
  const child = await client.api('scenarios.create', { name: 'Late battery', parentId: base.id, horizonStart: 2025, horizonEnd: 2030 });
  await client.api('scenarioOverrides.update', { scenarioId: base.id, projectId: battery.id, values: { probabilityPct: 50 } });
  return { cluster, battery, bus: busPlant, base, child };
}

export type PortfolioIds = Awaited<ReturnType<typeof scenarioPortfolio>>;

/**
 * Starts the app on a new workspace holding the portfolio (and whatever `fill` adds to it) and opens
 * the scenario `which` picks, once its page is up.
 */
export async function openScenario(
  start: ReturnType<typeof useTestApp>,
  which: (ids: PortfolioIds) => { id: number; name: string },
  options: PortfolioOptions & { fill?: (app: TestApp, ids: PortfolioIds) => Promise<void> } = {},
) {
  let ids!: PortfolioIds;
  const app = await start({
    workspace: true,
    fill: async (a) => {
      ids = await scenarioPortfolio(a, options);
      await options.fill?.(a, ids);
    },
  });
  const scenario = which(ids);
  go(`#/scenarios/${scenario.id}`);
  await screen.findByRole('heading', { level: 1, name: scenario.name });
  return { app, ids };
}
