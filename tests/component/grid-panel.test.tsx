import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectedWorkspace } from './fixture';
import { cellOf, clickCell, editor, findGrid, press, rowNamed } from './grid-support';
import { go, useTestApp } from './harness';

const start = useTestApp();

async function projectPanel() {
  let ids!: Awaited<ReturnType<typeof connectedWorkspace>>;
  const app = await start({ workspace: true, fill: async (a) => void (ids = await connectedWorkspace(a)) });
  go('#/projects');
  const grid = await findGrid('Projects');
  await waitFor(() => rowNamed(grid, 'Polypropylene plant'));
  fireEvent.click(screen.getByRole('button', { name: 'Details' }));
  clickCell(grid, cellOf(rowNamed(grid, 'Polypropylene plant'), 'country'));
  const panel = await screen.findByRole('complementary', { name: 'Polypropylene plant' });
  return { app, ids, grid, panel };
}

const pick = async (scope: HTMLElement, label: string, text: string, option: string) => {
  fireEvent.change(within(scope).getByRole('combobox', { name: label }), { target: { value: text } });
  fireEvent.click(await within(scope).findByRole('button', { name: option }));
};

describe('the detail panel beside the grid', () => {
  it('edits the partners of the active project, and refuses shares over 100 % with the store’s message', async () => {
    const { app, ids, panel } = await projectPanel();
    const partners = within(panel).getByRole('region', { name: 'Partners and roles' });
    await within(partners).findByText('SOCAR Polymer');

    const add = within(partners).getByRole('form', { name: 'Add the partner' });
    await pick(add, 'Partner', 'SOCAR', 'SOCAR');
    fireEvent.change(within(add).getByRole('combobox', { name: 'Role' }), { target: { value: 'co_investor' } });
    fireEvent.change(within(add).getByRole('textbox', { name: 'Share (%)' }), { target: { value: '50' } });
    fireEvent.click(within(add).getByRole('button', { name: 'Add the partner' }));
    expect((await within(partners).findByRole('alert')).textContent).toContain('more than 100 %');
    expect((await app.client.api('projects.relations', { id: ids.pp.id })).roles).toHaveLength(2);

    fireEvent.change(within(add).getByRole('textbox', { name: 'Share (%)' }), { target: { value: '40' } });
    fireEvent.click(within(add).getByRole('button', { name: 'Add the partner' }));
    await waitFor(async () => expect((await app.client.api('projects.relations', { id: ids.pp.id })).roles.map((r) => [r.partnerName, r.sharePct])).toContainEqual(['SOCAR', 40]));
    await within(partners).findByRole('textbox', { name: 'Share of SOCAR as Co-investor (%)' });
  });

  it('links a source to one figure, which then shows it, and lists what changed in the record', async () => {
    const { app, ids, grid, panel } = await projectPanel();
    const sources = within(panel).getByRole('region', { name: 'Sources' });
    const form = within(sources).getByRole('form', { name: 'Link a source' });
    await pick(form, 'Source', 'Annual', 'Annual report 2023');
    fireEvent.change(within(form).getByRole('combobox', { name: 'Field it backs' }), { target: { value: 'capex' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Link a source' }));
    await within(sources).findByText('for: Capital expenditure');

    clickCell(grid, cellOf(rowNamed(grid, 'Polypropylene plant'), 'capex'));
    press(grid, '1');
    fireEvent.change(editor(grid), { target: { value: '320' } });
    // Tab saves and stays on the row, so the panel keeps showing this project.
    press(editor(grid), 'Tab');
    const figures = within(panel).getByRole('region', { name: 'Figures and sources' });
    await waitFor(() => expect(within(figures).getByTestId('field-capex').textContent).toContain('320'));
    expect(within(figures).getByTestId('field-capex').textContent).toContain('Annual report 2023');
    expect(within(figures).getByTestId('field-abatementKt').textContent).toContain('not recorded');

    const history = within(panel).getByRole('region', { name: 'History' });
    await waitFor(() => expect(within(history).getByRole('row', { name: /Capital expenditure/ }).textContent).toMatch(/—\s*320/));
    expect((await app.client.api('projects.get', { id: ids.pp.id })).capex).toBe(320);
  });

  it('edits an agreement’s parties and signatories', async () => {
    let ids!: Awaited<ReturnType<typeof connectedWorkspace>>;
    const app = await start({ workspace: true, fill: async (a) => void (ids = await connectedWorkspace(a)) });
    go('#/agreements');
    const grid = await findGrid('Agreements');
    await waitFor(() => rowNamed(grid, 'MoU on polymers'));
    fireEvent.click(screen.getByRole('button', { name: 'Details' }));
    clickCell(grid, cellOf(rowNamed(grid, 'MoU on polymers'), 'kind'));
    const panel = await screen.findByRole('complementary', { name: 'MoU on polymers' });
    const line = await within(panel).findByRole('form', { name: 'Save the signatory of SOCAR Polymer' });
    fireEvent.change(within(line).getByRole('textbox', { name: "Signatory's title" }), { target: { value: 'General Director' } });
    fireEvent.click(within(line).getByRole('button', { name: 'Save the signatory of SOCAR Polymer' }));
    await waitFor(async () => expect((await app.client.api('agreements.relations', { id: ids.mou.id })).parties[0].signatoryTitle).toBe('General Director'));
  });
});
