import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { go, useTestApp, type TestApp } from './harness';

const start = useTestApp();

/** One project, a base scenario and a child that delays it two years. */
async function twoScenarios(app: TestApp) {
  const { client } = app;
  const plant = await client.api('projects.create', { name: 'Battery plant', country: 'AZ', category: 'energy_storage', stage: 'construction', startYear: 2026, abatementKt: 100 });
  const base = await client.api('scenarios.create', { name: 'On time', horizonStart: 2025, horizonEnd: 2030 });
  const late = await client.api('scenarios.create', { name: 'Two years late', parentId: base.id, horizonStart: 2025, horizonEnd: 2030 });
  await client.api('scenarioOverrides.update', { scenarioId: late.id, projectId: plant.id, values: { delayYears: 2 } });
  await client.api('targets.create', { name: 'National 2030', scopeType: 'country', country: 'AZ', metric: 'abatement', year: 2030, value: 0.1, unit: 'Mt CO2e/yr' });
  return { plant, base, late };
}

const cells = (row: HTMLElement) => [within(row).getByRole('rowheader').textContent, ...within(row).getAllByRole('cell').map((c) => c.textContent)];

describe('the comparison view', { timeout: 20_000 }, () => {
  it('shows the yearly differences, the gap to a target, the fan and what differs, and saves the comparison', async () => {
    let ids!: Awaited<ReturnType<typeof twoScenarios>>;
    const app = await start({ workspace: true, fill: async (a) => void (ids = await twoScenarios(a)) });
    go(`#/comparisons/new/${ids.base.id},${ids.late.id}`);
    await screen.findByRole('heading', { level: 1, name: 'New comparison' });

    const table = await screen.findByRole('table', { name: /^Abatement, risk-weighted/ });
    const rows = within(table).getAllByRole('row').slice(1);
    // 100 kt at 90 % (construction) from 2026 on time, from 2028 two years late.
    expect(rows.slice(0, 4).map(cells)).toEqual([
      ['2025', '0', '0', '0'],
      ['2026', '90', '0', '-90'],
      ['2027', '90', '0', '-90'],
      ['2028', '90', '90', '0'],
    ]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Weighting' }), { target: { value: 'nominal' } });
    await screen.findByRole('table', { name: /^Abatement, nominal/ });

    const gaps = screen.getByRole('region', { name: 'Targets and gaps' });
    expect(within(gaps).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['On time', '100', 'met, +0', 'short, -10', '2026'],
      ['Two years late', '100', 'met, +0', 'short, -10', '2028'],
    ]);

    const differing = screen.getByRole('region', { name: 'Assumptions that differ' });
    expect(differing.textContent).toContain('Battery plant: Delay (years)');
    expect(differing.textContent).toContain('Two years late: 2 (this scenario)');

    const fan = screen.getByRole('region', { name: /^Uncertainty/ });
    await waitFor(() => expect(within(fan).getByRole('figure').textContent).toMatch(/In 2030: P10 0, median 100, P90 100\./), { timeout: 10_000 });

    fireEvent.change(screen.getByRole('textbox', { name: 'Name of the comparison' }), { target: { value: 'Battery timing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save comparison' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/comparisons\/\d+$/));
    const [saved] = await app.client.api('comparisons.list', {});
    expect(saved).toMatchObject({ name: 'Battery timing', scenarioIds: [ids.base.id, ids.late.id], settings: { riskWeighted: false } });
    await screen.findByRole('heading', { level: 1, name: 'Battery timing' });
  });
});
