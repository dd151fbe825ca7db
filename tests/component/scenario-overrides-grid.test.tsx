import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { copy, paste } from './grid-support';
import { useTestApp, type TestApp } from './harness';
import { openScenario, type PortfolioIds } from './scenario-fixture';

const start = useTestApp();

/** The bus plant has a start year and abatement here, so both projects count in the results. */
const busCounts = { bus: { startYear: 2026, abatementKt: 10 } };

/** Opens a scenario of the portfolio, with its overrides grid. */
async function openGrid(which: (ids: PortfolioIds) => { id: number; name: string }, fill?: (app: TestApp, ids: PortfolioIds) => Promise<void>) {
  const opened = await openScenario(start, which, { ...busCounts, fill });
  return { ...opened, grid: screen.getByRole('grid', { name: 'Overrides per project' }) };
}

const rowOf = (grid: HTMLElement, name: string) => within(grid).getByRole('rowheader', { name: new RegExp(name) }).closest('tr')!;
const cell = (grid: HTMLElement, name: string, field: string) => rowOf(grid, name).querySelector<HTMLElement>(`[data-field="${field}"]`)!;
const active = () => document.activeElement as HTMLElement;
const key = (k: string, mods: { shiftKey?: boolean; ctrlKey?: boolean } = {}) => fireEvent.keyDown(active(), { key: k, ...mods });
/** Puts the keyboard on a cell the way a click does. */
const clickOn = (target: HTMLElement) => fireEvent.mouseDown(target, { button: 0 });
const where = () => `${active().closest('tr')?.querySelector('[role="rowheader"] a')?.textContent}/${active().dataset.field}`;

/** The results table's figures for a year: abatement nominal, risk-weighted. */
async function abatementIn(year: string) {
  const table = await screen.findByRole('table', { name: 'Results by year' });
  const row = within(table).getByRole('rowheader', { name: year }).closest('tr')!;
  return within(row).getAllByRole('cell').slice(0, 2).map((c) => c.textContent);
}

/** What the store holds for a scenario: per project id (or "cluster <id>"), each field's value. */
async function stored(app: TestApp, scenarioId: number) {
  const out: Record<string, Record<string, number | boolean>> = {};
  for (const o of await app.client.api('scenarioOverrides.list', { scenarioId })) {
    const subject = o.projectId !== null ? String(o.projectId) : `cluster ${o.clusterId}`;
    (out[subject] ??= {})[o.field] = o.value;
  }
  return out;
}

// Each test renders the whole app over a real store; on a shared machine that can take seconds.
describe('the overrides grid', { timeout: 30_000 }, () => {
  it('is an ARIA grid with one focused cell, moved by the keys of a spreadsheet', async () => {
    const { grid } = await openGrid((ids) => ids.child);
    expect(within(grid).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(expect.arrayContaining(['Project', 'Counted', 'Delay (years)']));
    expect(within(grid).getAllByRole('rowheader').map((h) => h.querySelector('a')!.textContent)).toEqual(['Battery plant', 'Bus plant']);
    // One tab stop: the active cell.
    expect(within(grid).getAllByRole('gridcell').filter((c) => c.tabIndex === 0)).toHaveLength(1);

    clickOn(cell(grid, 'Battery plant', 'startYear'));
    expect(where()).toBe('Battery plant/startYear');
    expect(active().getAttribute('aria-selected')).toBe('true');
    key('ArrowRight');
    expect(where()).toBe('Battery plant/delayYears');
    key('ArrowDown');
    expect(where()).toBe('Bus plant/delayYears');
    key('Home');
    expect(where()).toBe('Bus plant/include');
    key('End');
    expect(where()).toBe('Bus plant/localisationTargetYear');
    key('Tab');
    expect(where()).toBe('Bus plant/localisationTargetYear');
    key('Home', { ctrlKey: true });
    expect(where()).toBe('Battery plant/include');
    key('Tab', { shiftKey: true });
    expect(where()).toBe('Battery plant/include');
    key('PageDown');
    expect(where()).toBe('Bus plant/include');
    key('PageUp');
    key('Tab');
    expect(where()).toBe('Battery plant/startYear');
    key('End', { ctrlKey: true });
    expect(where()).toBe('Bus plant/localisationTargetYear');
  });

  it('edits with the keyboard: typing a digit starts, Enter saves and moves down, F2 edits, Escape cancels, results follow', async () => {
    const { app, ids, grid } = await openGrid((ids) => ids.child);
    // 2027: the battery plant's 100 kt at 50 % and the bus plant's 10 kt at 20 % (MoU).
    expect(await abatementIn('2027')).toEqual(['110', '52']);
    clickOn(cell(grid, 'Battery plant', 'delayYears'));
    key('2');
    const input = within(grid).getByRole('textbox', { name: 'Battery plant: Delay (years)' }) as HTMLInputElement;
    expect(input.value).toBe('2');
    expect(document.activeElement).toBe(input);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(within(grid).queryByRole('textbox')).toBeNull();
    expect(cell(grid, 'Battery plant', 'delayYears').textContent).toBe('2 · this scenario');
    expect(where()).toBe('Bus plant/delayYears');
    // Live: the battery plant now starts in 2029.
    expect(await abatementIn('2027')).toEqual(['10', '2']);
    expect((await abatementIn('2029'))[0]).toBe('110');

    key('ArrowUp');
    key('F2');
    const again = within(grid).getByRole('textbox', { name: 'Battery plant: Delay (years)' }) as HTMLInputElement;
    expect(again.value).toBe('2');
    fireEvent.change(again, { target: { value: 'soon' } });
    fireEvent.keyDown(again, { key: 'Enter' });
    expect(within(grid).getByRole('alert').textContent).toBe('Not a number.');
    fireEvent.change(again, { target: { value: '120' } });
    fireEvent.keyDown(again, { key: 'Enter' });
    expect(within(grid).getByRole('alert').textContent).toBe('Must be 100 or less.');
    fireEvent.keyDown(again, { key: 'Escape' });
    expect(within(grid).queryByRole('textbox')).toBeNull();
    expect(cell(grid, 'Battery plant', 'delayYears').textContent).toBe('2 · this scenario');
    expect(where()).toBe('Battery plant/delayYears');

    // Counted or left out is a choice: Enter opens it.
    key('Home');
    key('Enter');
    const counted = within(grid).getByRole('combobox', { name: 'Battery plant: Counted' });
    fireEvent.change(counted, { target: { value: 'Left out' } });
    fireEvent.keyDown(counted, { key: 'Enter' });
    expect(cell(grid, 'Battery plant', 'include').textContent).toBe('Left out · this scenario');
    expect((await abatementIn('2029'))[0]).toBe('10');

    await screen.findByText('All changes saved.', {}, { timeout: 5000 });
    expect((await stored(app, ids.child.id))[ids.battery.id]).toEqual({ delayYears: 2, include: false });
  });

  it('Delete removes what this scenario sets: the cell falls back to the inherited value and says where it comes from', async () => {
    const { app, ids, grid } = await openGrid(
      (ids) => ids.child,
      async (a, ids) => void (await a.client.api('scenarioOverrides.update', { scenarioId: ids.child.id, projectId: ids.battery.id, values: { probabilityPct: 80, startYear: 2029 } })),
    );
    expect(cell(grid, 'Battery plant', 'startYear').textContent).toBe('2029 · this scenario');
    expect(cell(grid, 'Battery plant', 'probabilityPct').textContent).toBe('80 · this scenario');

    clickOn(cell(grid, 'Battery plant', 'startYear'));
    key('Delete');
    expect(cell(grid, 'Battery plant', 'startYear').textContent).toBe('2027 · project record');
    key('ArrowRight');
    key('ArrowRight');
    key('ArrowRight');
    key('ArrowRight');
    key('ArrowRight');
    expect(where()).toBe('Battery plant/probabilityPct');
    key('Delete');
    expect(cell(grid, 'Battery plant', 'probabilityPct').textContent).toBe('50 · from “Base case”');
    expect(screen.getByText('Cleared 1 cell; it shows the inherited value.')).toBeTruthy();
    await screen.findByText('All changes saved.', {}, { timeout: 5000 });
    expect((await stored(app, ids.child.id))[ids.battery.id]).toBeUndefined();
  });

  it('pastes an Excel block as one change; with an invalid cell it lists it by project and column and applies nothing, unless asked to apply the valid ones', async () => {
    const { app, ids, grid } = await openGrid((ids) => ids.child);
    clickOn(cell(grid, 'Battery plant', 'delayYears'));
    paste(active(), '2\t150\r\n3\t-5\r\n');
    const report = screen.getByRole('alertdialog', { name: 'The paste was not applied' });
    expect(within(report).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Battery plant, Ramp-up (years): Must be 30 or less. (“150”)',
      'Bus plant, Ramp-up (years): Must be 0 or more. (“-5”)',
    ]);
    expect(cell(grid, 'Battery plant', 'delayYears').textContent).toBe('0 · default');
    expect(cell(grid, 'Bus plant', 'delayYears').textContent).toBe('0 · default');

    fireEvent.click(within(report).getByRole('button', { name: 'Apply the 2 valid cells' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(cell(grid, 'Battery plant', 'delayYears').textContent).toBe('2 · this scenario');
    expect(cell(grid, 'Bus plant', 'delayYears').textContent).toBe('3 · this scenario');
    expect(cell(grid, 'Bus plant', 'rampUpYears').textContent).not.toContain('this scenario');
    expect(screen.getByText('Pasted 2 cells.')).toBeTruthy();

    // A valid block applies at once, and one Ctrl+Z takes the whole paste back.
    clickOn(cell(grid, 'Battery plant', 'rampUpYears'));
    paste(active(), '4\r\n5\r\n');
    expect(cell(grid, 'Battery plant', 'rampUpYears').textContent).toBe('4 · this scenario');
    expect(cell(grid, 'Bus plant', 'rampUpYears').textContent).toBe('5 · this scenario');
    // As in a spreadsheet, the pasted block is selected, its first cell active.
    expect(within(grid).getAllByRole('gridcell').filter((c) => c.getAttribute('aria-selected') === 'true').map((c) => c.textContent)).toEqual([
      '4 · this scenario',
      '5 · this scenario',
    ]);
    expect(where()).toBe('Battery plant/rampUpYears');
    key('z', { ctrlKey: true });
    expect(cell(grid, 'Battery plant', 'rampUpYears').textContent).not.toContain('this scenario');
    expect(cell(grid, 'Bus plant', 'rampUpYears').textContent).not.toContain('this scenario');
    expect(cell(grid, 'Bus plant', 'delayYears').textContent).toBe('3 · this scenario');

    await screen.findByText('All changes saved.', {}, { timeout: 5000 });
    const saved = await stored(app, ids.child.id);
    expect([saved[ids.battery.id], saved[ids.bus.id]]).toEqual([{ delayYears: 2 }, { delayYears: 3 }]);
  });

  it('applies nothing when the analyst says so, and reports cells pasted past the edge', async () => {
    const { grid } = await openGrid((ids) => ids.child);
    clickOn(cell(grid, 'Bus plant', 'delayYears'));
    paste(active(), '1\r\n2\r\n');
    const report = screen.getByRole('alertdialog', { name: 'The paste was not applied' });
    expect(within(report).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Pasted row 2, column 1: past the edge of the table (“2”)']);
    fireEvent.click(within(report).getByRole('button', { name: 'Apply nothing' }));
    expect(cell(grid, 'Bus plant', 'delayYears').textContent).toBe('0 · default');
    expect(screen.getByText('Nothing was pasted.')).toBeTruthy();
  });

  it('copies the selected range, chosen with Shift+arrows or the mouse, as Excel text of what this scenario sets', async () => {
    const { grid } = await openGrid((ids) => ids.base);
    clickOn(cell(grid, 'Battery plant', 'abatementFactor'));
    key('ArrowRight', { shiftKey: true });
    key('ArrowDown', { shiftKey: true });
    expect(within(grid).getAllByRole('gridcell').filter((c) => c.getAttribute('aria-selected') === 'true')).toHaveLength(4);
    expect(copy(active())).toBe('\t50\r\n\t\r\n');

    // A drag from one cell to another selects the block between them.
    fireEvent.mouseDown(cell(grid, 'Battery plant', 'delayYears'), { button: 0 });
    fireEvent.mouseEnter(cell(grid, 'Bus plant', 'rampUpYears'));
    fireEvent.mouseUp(document);
    expect(within(grid).getAllByRole('gridcell').filter((c) => c.getAttribute('aria-selected') === 'true').map((c) => c.dataset.field)).toEqual([
      'delayYears',
      'rampUpYears',
      'delayYears',
      'rampUpYears',
    ]);
  });

  it('undoes and redoes each action as one step with Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z, and saves what is on screen', async () => {
    const { app, ids, grid } = await openGrid((ids) => ids.child);
    clickOn(cell(grid, 'Battery plant', 'delayYears'));
    key('1');
    fireEvent.keyDown(active(), { key: 'Enter' });
    key('3');
    fireEvent.keyDown(active(), { key: 'Enter' });
    expect(cell(grid, 'Bus plant', 'delayYears').textContent).toBe('3 · this scenario');

    key('z', { ctrlKey: true });
    expect(cell(grid, 'Bus plant', 'delayYears').textContent).toBe('0 · default');
    expect(cell(grid, 'Battery plant', 'delayYears').textContent).toBe('1 · this scenario');
    key('z', { ctrlKey: true });
    expect(cell(grid, 'Battery plant', 'delayYears').textContent).toBe('0 · default');
    expect(await abatementIn('2027')).toEqual(['110', '52']);
    key('z', { ctrlKey: true });
    expect(screen.getByText('Nothing to undo in the overrides.')).toBeTruthy();

    key('y', { ctrlKey: true });
    expect(cell(grid, 'Battery plant', 'delayYears').textContent).toBe('1 · this scenario');
    expect(await abatementIn('2027')).toEqual(['10', '2']);
    key('z', { ctrlKey: true, shiftKey: true });
    expect(cell(grid, 'Bus plant', 'delayYears').textContent).toBe('3 · this scenario');
    expect(screen.getByText('Redone.')).toBeTruthy();

    await screen.findByText('All changes saved.', {}, { timeout: 5000 });
    const saved = await stored(app, ids.child.id);
    expect([saved[ids.battery.id], saved[ids.bus.id]]).toEqual([{ delayYears: 1 }, { delayYears: 3 }]);
    // The keys stayed with the grid: the workspace's history did not also undo.
    await act(() => new Promise((r) => setTimeout(r, 100)));
    expect(cell(grid, 'Bus plant', 'delayYears').textContent).toBe('3 · this scenario');
  });

  it('edits the overrides of a cluster the same way, and its projects inherit them', async () => {
    const { app, ids } = await openGrid((ids) => ids.child);
    const clusters = screen.getByRole('grid', { name: 'Overrides per cluster' });
    const projects = screen.getByRole('grid', { name: 'Overrides per project' });
    clickOn(cell(clusters, 'Sumgait', 'abatementFactor'));
    key('2');
    fireEvent.keyDown(active(), { key: 'Enter' });
    expect(cell(clusters, 'Sumgait', 'abatementFactor').textContent).toBe('2 · this scenario, for the cluster');
    expect(cell(projects, 'Battery plant', 'abatementFactor').textContent).toBe('2 · this scenario, for the cluster');
    expect(await abatementIn('2027')).toEqual(['210', '102']);

    clickOn(cell(clusters, 'Sumgait', 'include'));
    paste(active(), 'Left out');
    expect(cell(projects, 'Battery plant', 'include').textContent).toBe('Left out · this scenario, for the cluster');
    expect(await abatementIn('2027')).toEqual(['10', '2']);
    key('Delete');
    expect(cell(clusters, 'Sumgait', 'include').textContent).toBe('not set');
    await screen.findByText('All changes saved.', {}, { timeout: 5000 });
    expect((await stored(app, ids.child.id))[`cluster ${ids.cluster.id}`]).toEqual({ abatementFactor: 2 });
  });

  it('mirrors the arrows in Arabic: the first column is on the right, so ArrowLeft moves to the next one', async () => {
    await openGrid((ids) => ids.child);
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'ar' } });
    const grid = await screen.findByRole('grid', { name: 'القيم الخاصة لكل مشروع' });
    clickOn(cell(grid, 'Battery plant', 'startYear'));
    key('ArrowLeft');
    expect(where()).toBe('Battery plant/delayYears');
    key('ArrowRight');
    key('ArrowRight');
    expect(where()).toBe('Battery plant/include');
    // Tab follows the reading order whatever the direction.
    key('Tab');
    expect(where()).toBe('Battery plant/startYear');
  });
});
