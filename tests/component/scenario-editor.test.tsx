import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './harness';
import { openScenario, type PortfolioIds } from './scenario-fixture';

const start = useTestApp();

/** The base scenario delays every project by a year; the bus plant has no start year, so it is left out of the results. */
const open = (which: (ids: PortfolioIds) => { id: number; name: string }) => openScenario(start, which, { baseAssumptions: { delayYears: 1 } });

/** The results table's row for a year: its cells' text. */
async function resultsRow(year: string) {
  const table = await screen.findByRole('table', { name: 'Results by year' });
  const row = within(table).getByRole('rowheader', { name: year }).closest('tr')!;
  return within(row).getAllByRole('cell').map((c) => c.textContent);
}

// Each test renders the whole app over a real store; on a shared machine that can take seconds.
describe('the scenario editor', { timeout: 20_000 }, () => {
  it('shows where each value comes from: this scenario, a named parent, the project record or a default', async () => {
    await open((ids) => ids.child);

    const assumptions = screen.getByRole('table', { name: 'Global assumptions' });
    const delay = within(assumptions).getByRole('rowheader', { name: 'Delay of every project (years)' }).closest('tr')!;
    expect(delay.textContent).toContain('from “Base case”');
    const build = within(assumptions).getByRole('rowheader', { name: 'Build years before the start' }).closest('tr')!;
    expect(build.textContent).toContain('default');

    const overrides = screen.getByRole('grid', { name: 'Overrides per project' });
    const battery = within(overrides).getByRole('rowheader', { name: /Battery plant/ }).closest('tr')!;
    const cellOf = (field: string) => battery.querySelector<HTMLElement>(`[data-field="${field}"]`)!;
    expect(cellOf('probabilityPct').textContent).toContain('50 · from “Base case”');
    expect(cellOf('startYear').textContent).toContain('2027 · project record');
    expect(cellOf('abatementFactor').textContent).toContain('1 · default');

    fireEvent.mouseDown(cellOf('delayYears'), { button: 0 });
    fireEvent.keyDown(cellOf('delayYears'), { key: '2' });
    fireEvent.keyDown(within(overrides).getByRole('textbox', { name: 'Battery plant: Delay (years)' }), { key: 'Enter' });
    await waitFor(() => expect(cellOf('delayYears').textContent).toContain('2 · this scenario'));
  });

  it('recomputes the results while an assumption changes, and saves it after the pause', async () => {
    const { app, ids } = await open((ids) => ids.base);
    // Start 2027 + the base's delay of one year: 100 kt from 2028, at 50 % probability.
    expect((await resultsRow('2028')).slice(0, 2)).toEqual(['100', '50']);
    expect((await resultsRow('2027')).slice(0, 2)).toEqual(['0', '0']);

    const assumptions = screen.getByRole('table', { name: 'Global assumptions' });
    fireEvent.change(within(assumptions).getByRole('textbox', { name: 'Delay of every project (years)' }), { target: { value: '0' } });
    await waitFor(async () => expect((await resultsRow('2027')).slice(0, 2)).toEqual(['100', '50']));
    fireEvent.change(within(assumptions).getByRole('textbox', { name: 'Abatement factor' }), { target: { value: '1.5' } });
    await waitFor(async () => expect((await resultsRow('2027')).slice(0, 3)).toEqual(['150', '75', '150']));

    await screen.findByText('All changes saved.', {}, { timeout: 3000 });
    expect((await app.client.api('scenarios.get', { id: ids.base.id })).assumptions).toEqual({ delayYears: 0, abatementFactor: 1.5 });
  });

  it('lists the projects left out of the results and why', async () => {
    await open((ids) => ids.base);
    const results = screen.getByRole('region', { name: 'Results' });
    const left = () => within(results).getAllByRole('listitem').map((li) => li.textContent);
    expect(left()).toEqual(
      expect.arrayContaining([
        'Bus plant: no start year (left out of: abatement, capex, construction jobs, permanent jobs, operating projects)',
        'Battery plant: no capex (left out of: capex)',
      ]),
    );

    const overrides = screen.getByRole('grid', { name: 'Overrides per project' });
    const counted = within(overrides).getByRole('rowheader', { name: /Battery plant/ }).closest('tr')!.querySelector<HTMLElement>('[data-field="include"]')!;
    fireEvent.mouseDown(counted, { button: 0 });
    fireEvent.keyDown(counted, { key: 'Enter' });
    const choice = within(overrides).getByRole('combobox', { name: 'Battery plant: Counted' });
    fireEvent.change(choice, { target: { value: 'Left out' } });
    fireEvent.keyDown(choice, { key: 'Enter' });
    await waitFor(() => expect(left()).toContain('Battery plant: left out by an override of this scenario or a parent (left out of every result)'));
    expect((await resultsRow('2028')).slice(0, 2)).toEqual(['0', '0']);
  });
});
