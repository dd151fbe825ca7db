import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectedWorkspace } from './fixture';
import { cellOf, clickCell, editor, findGrid, press, rowNamed } from './grid-support';
import { go, useTestApp } from './harness';

const start = useTestApp();

async function projectsGrid() {
  let ids!: Awaited<ReturnType<typeof connectedWorkspace>>;
  const app = await start({ workspace: true, fill: async (a) => void (ids = await connectedWorkspace(a)) });
  go('#/projects');
  const grid = await findGrid('Projects');
  await waitFor(() => rowNamed(grid, 'Polypropylene plant'));
  return { app, ids, grid };
}

describe('editing in the grid', () => {
  it('edits a cell with the keyboard: Enter opens the editor, Enter saves and shows the value', async () => {
    const { app, ids, grid } = await projectsGrid();
    clickCell(grid, cellOf(rowNamed(grid, 'Polypropylene plant'), 'capex'));
    press(grid, 'Enter');
    fireEvent.change(editor(grid), { target: { value: '1 250.5' } });
    press(editor(grid), 'Enter');
    await waitFor(async () => expect((await app.client.api('projects.get', { id: ids.pp.id })).capex).toBe(1250.5));
    await waitFor(() => expect(cellOf(rowNamed(grid, 'Polypropylene plant'), 'capex').textContent).toContain('1,251'));
    expect(within(grid).queryByRole('textbox')).toBeNull();
  });

  it('starts an edit by typing, replacing the cell, and picks a choice by its label', async () => {
    const { app, ids, grid } = await projectsGrid();
    clickCell(grid, cellOf(rowNamed(grid, 'HDPE plant'), 'stage'));
    press(grid, 'F');
    expect(editor(grid).value).toBe('F');
    fireEvent.change(editor(grid), { target: { value: 'Feasibility' } });
    press(editor(grid), 'Enter');
    await waitFor(async () => expect((await app.client.api('projects.get', { id: ids.hdpe.id })).stage).toBe('feasibility'));
  });

  it('says what is wrong beside the cell as the analyst types, and never saves an invalid value', async () => {
    const { app, ids, grid } = await projectsGrid();
    clickCell(grid, cellOf(rowNamed(grid, 'Polypropylene plant'), 'capex'));
    press(grid, 'Enter');
    fireEvent.change(editor(grid), { target: { value: '-5' } });
    expect((await within(grid).findByRole('alert')).textContent).toBe('must not be negative');
    expect(editor(grid).getAttribute('aria-invalid')).toBe('true');
    press(editor(grid), 'Enter');
    fireEvent.change(editor(grid), { target: { value: 'a lot' } });
    await waitFor(() => expect(within(grid).getByRole('alert').textContent).toBe('is not a number'));
    press(editor(grid), 'Escape');
    expect(within(grid).queryByRole('textbox')).toBeNull();
    expect((await app.client.api('projects.get', { id: ids.pp.id })).capex).toBeNull();
  });

  it('checks the rules across fields: a start year before the signing year is refused in the cell', async () => {
    const { app, ids, grid } = await projectsGrid();
    await app.client.api('projects.update', { id: ids.pp.id, version: ids.pp.version, values: { signedOn: '2024-11' } });
    await waitFor(() => expect(cellOf(rowNamed(grid, 'Polypropylene plant'), 'signedOn').textContent).toBe('November 2024'));
    clickCell(grid, cellOf(rowNamed(grid, 'Polypropylene plant'), 'startYear'));
    press(grid, '2');
    fireEvent.change(editor(grid), { target: { value: '2020' } });
    expect((await within(grid).findByRole('alert')).textContent).toBe('must not be before the signing year 2024');
    press(editor(grid), 'Escape');
    expect((await app.client.api('projects.get', { id: ids.pp.id })).startYear).toBeNull();
  });

  it('adds a row by typing in the new row at the end, saved once its required fields are there', async () => {
    const { app, grid } = await projectsGrid();
    fireEvent.click(screen.getByRole('button', { name: 'Add row' }));
    const type = (text: string) => {
      press(grid, text[0]);
      fireEvent.change(editor(grid), { target: { value: text } });
      press(editor(grid), 'Tab');
    };
    await waitFor(() => expect(grid.getAttribute('aria-activedescendant')).toMatch(/-r2-c0$/));
    type('Green ammonia');
    await waitFor(() => expect(grid.getAttribute('aria-activedescendant')).toMatch(/-r2-c1$/));
    type('Azerbaijan');
    await waitFor(() => expect(grid.getAttribute('aria-activedescendant')).toMatch(/-r2-c2$/));
    type('Hydrogen');
    await waitFor(() => expect(grid.getAttribute('aria-activedescendant')).toMatch(/-r2-c3$/));
    type('Idea');
    expect((await app.client.api('projects.list', { search: 'ammonia' })).total).toBe(0);
    press(grid, 'ArrowUp');
    await waitFor(async () => expect((await app.client.api('projects.list', { search: 'ammonia' })).rows.map((r) => [r.country, r.stage])).toEqual([['AZ', 'idea']]));
    expect((await screen.findByText('Row added: Green ammonia')).textContent).toBeTruthy();
  });

  it('deletes the selected rows after one question, and Ctrl+Z brings them back', async () => {
    const { app, grid } = await projectsGrid();
    clickCell(grid, cellOf(rowNamed(grid, 'HDPE plant'), 'name'));
    press(grid, 'ArrowDown', { shiftKey: true });
    press(grid, '-', { ctrlKey: true });
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete 2 projects?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete 2 rows' }));
    await waitFor(async () => expect((await app.client.api('projects.list', {})).total).toBe(0));
    fireEvent.keyDown(grid, { key: 'z', ctrlKey: true });
    await waitFor(async () => expect((await app.client.api('projects.list', {})).total).toBe(2));
    await waitFor(() => rowNamed(grid, 'Polypropylene plant'));
  });

  it('fills down with Ctrl+D and writes a value into every selected row with Ctrl+Enter, each one step', async () => {
    const { app, ids, grid } = await projectsGrid();
    clickCell(grid, cellOf(rowNamed(grid, 'HDPE plant'), 'stage'));
    press(grid, 'ArrowDown', { shiftKey: true });
    press(grid, 'd', { ctrlKey: true });
    await waitFor(async () => expect((await app.client.api('projects.get', { id: ids.pp.id })).stage).toBe('operational'));
    press(grid, 'S');
    fireEvent.change(editor(grid), { target: { value: 'Construction' } });
    press(editor(grid), 'Enter', { ctrlKey: true });
    await waitFor(async () => expect((await app.client.api('projects.list', {})).rows.map((r) => r.stage)).toEqual(['construction', 'construction']));
    await app.client.api('history.undo', {});
    expect((await app.client.api('projects.list', {})).rows.map((r) => r.stage)).toEqual(['operational', 'operational']);
  });

  it('opens the column chooser on the first column that can be hidden, and hides it from the grid', async () => {
    const { grid } = await projectsGrid();
    fireEvent.click(screen.getByRole('button', { name: 'Columns' }));
    const chooser = await screen.findByRole('dialog', { name: 'Columns shown' });
    const boxes = within(chooser).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes[0].disabled, 'the name column stays').toBe(true);
    const focused = document.activeElement as HTMLInputElement;
    expect(focused).toBe(boxes.find((b) => !b.disabled));
    const label = focused.closest('label')!.textContent!.trim();
    expect(within(grid).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(expect.arrayContaining([expect.stringContaining(label)]));
    fireEvent.click(focused);
    await waitFor(() => expect(within(grid).getAllByRole('columnheader').some((h) => h.textContent?.includes(label))).toBe(false));
  });
});
