import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectedWorkspace } from './fixture';
import { cellOf, clickCell, copy, findGrid, paste, press, rowNamed } from './grid-support';
import { go, useTestApp } from './harness';

const start = useTestApp();

async function projectsGrid() {
  const app = await start({ workspace: true, fill: async (a) => void (await connectedWorkspace(a)) });
  go('#/projects');
  const grid = await findGrid('Projects');
  await waitFor(() => rowNamed(grid, 'Polypropylene plant'));
  return { app, grid };
}

const names = async (app: Awaited<ReturnType<typeof projectsGrid>>['app']) => (await app.client.api('projects.list', {})).rows.map((r) => r.name);

describe('copying a range for a spreadsheet', () => {
  it('copies the selected range as Excel writes it: labels, codes and numbers as text, quoted where needed', async () => {
    const { app, grid } = await projectsGrid();
    const pp = (await app.client.api('projects.list', { search: 'Polypropylene' })).rows[0];
    await app.client.api('projects.update', { id: pp.id, version: pp.version, values: { name: 'Polypropylene "PP"\tplant' } });
    await waitFor(() => rowNamed(grid, 'Polypropylene "PP"\tplant'));
    clickCell(grid, cellOf(rowNamed(grid, 'HDPE plant'), 'name'));
    press(grid, 'ArrowDown', { shiftKey: true });
    press(grid, 'ArrowRight', { shiftKey: true });
    press(grid, 'ArrowRight', { shiftKey: true });
    expect(copy(grid)).toBe('HDPE plant\tAZ\tManufacturing localisation\r\n"Polypropylene ""PP""\tplant"\tAZ\tManufacturing localisation\r\n');
    expect(await screen.findByText('Copied 6 cells.')).toBeTruthy();
  });
});

describe('pasting a block from a spreadsheet', () => {
  it('writes the block from the active cell and grows the table, quoted cells with tabs and line breaks included', async () => {
    const { app, grid } = await projectsGrid();
    clickCell(grid, cellOf(rowNamed(grid, 'Polypropylene plant'), 'name'));
    paste(grid, 'Polypropylene plant\tAZ\r\n"Battery\tplant\r\nphase ""one"""\tAE\tEnergy storage\tIdea\r\n');
    await waitFor(async () => expect(await names(app)).toEqual(['Battery\tplant\r\nphase "one"', 'HDPE plant', 'Polypropylene plant']));
    expect(await screen.findByText('Pasted 4 cells.')).toBeTruthy();
    await app.client.api('history.undo', {});
    expect(await names(app)).toEqual(['HDPE plant', 'Polypropylene plant']);
  });

  it('lists the invalid cells by row and column and applies nothing, unless asked to apply the valid ones', async () => {
    const { app, grid } = await projectsGrid();
    clickCell(grid, cellOf(rowNamed(grid, 'HDPE plant'), 'capex'));
    paste(grid, '120\r\n-5\r\n');
    const report = await screen.findByRole('alertdialog', { name: 'The paste was not applied' });
    expect(within(report).getByText(/1 cell has a problem/)).toBeTruthy();
    expect(within(report).getByRole('listitem').textContent).toBe('Row 2, Capital expenditure: must not be negative “-5”');
    fireEvent.click(within(report).getByRole('button', { name: 'Apply nothing' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await app.client.api('projects.list', {})).rows.map((r) => r.capex)).toEqual([null, null]);

    clickCell(grid, cellOf(rowNamed(grid, 'HDPE plant'), 'capex'));
    paste(grid, '120\r\n-5\r\n');
    const again = await screen.findByRole('alertdialog', { name: 'The paste was not applied' });
    fireEvent.click(within(again).getByRole('button', { name: 'Apply the 1 valid cell' }));
    await waitFor(async () => expect((await app.client.api('projects.list', {})).rows.map((r) => r.capex)).toEqual([120, null]));
  });

  it('refuses a block of 10,000 new rows with a few bad ones, naming each bad cell, and saves none of them', async () => {
    const { app, grid } = await projectsGrid();
    const lines = Array.from({ length: 10_000 }, (_, i) => `Bulk ${i}\t${i === 4321 ? 'Atlantis' : 'AZ'}\tHydrogen\t${i === 9000 ? 'Someday' : 'Idea'}`);
    clickCell(grid, cellOf(rowNamed(grid, 'HDPE plant'), 'name'));
    // Rows 1 and 2 are stored; the rest of the block grows the table.
    paste(grid, lines.join('\r\n'));
    const report = await screen.findByRole('alertdialog', { name: 'The paste was not applied' }, { timeout: 20_000 });
    expect(within(report).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Row 4322, Country: is not a country: write its ISO code (AZ) or its name “Atlantis”',
      'Row 9001, Stage: is not one of the choices “Someday”',
    ]);
    expect((await app.client.api('projects.list', {})).total).toBe(2);
    fireEvent.click(within(report).getByRole('button', { name: 'Apply nothing' }));
    expect((await app.client.api('projects.list', {})).total).toBe(2);
  }, 30_000);

  it('names the cell when the store refuses a reference to a record deleted since, and saves nothing', async () => {
    const { app, grid } = await projectsGrid();
    const gone = await app.client.api('clusters.create', { name: 'Short-lived cluster', country: 'AZ', kind: 'other' });
    clickCell(grid, cellOf(rowNamed(grid, 'HDPE plant'), 'clusterId'));
    await app.client.api('clusters.delete', { id: gone.id, version: gone.version });
    paste(grid, `#${gone.id}\r\n`);
    const alert = await screen.findByText('Row 1, Cluster: refers to a record that no longer exists');
    expect(alert.closest('[role="alert"]')?.textContent).toContain('Nothing was saved.');
  });
});
