import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectedWorkspace } from './fixture';
import { cellOf, clickCell, editor, findGrid, press, rowNamed } from './grid-support';
import { go, useTestApp } from './harness';

const start = useTestApp();

describe('a row changed elsewhere', () => {
  it('refuses the stale edit with a clear message and shows the row as it now is; nothing is overwritten', async () => {
    let ids!: Awaited<ReturnType<typeof connectedWorkspace>>;
    const app = await start({ workspace: true, fill: async (a) => void (ids = await connectedWorkspace(a)) });
    go('#/projects');
    const grid = await findGrid('Projects');
    await waitFor(() => rowNamed(grid, 'Polypropylene plant'));
    clickCell(grid, cellOf(rowNamed(grid, 'Polypropylene plant'), 'notes'));
    press(grid, 'Enter');
    fireEvent.change(editor(grid), { target: { value: 'From this window' } });

    // Another window saves the same row while this editor is open.
    await app.client.api('projects.update', { id: ids.pp.id, version: ids.pp.version, values: { notes: 'From the other window' } });
    press(editor(grid), 'Enter');

    const alert = await screen.findByText(/Someone changed this row in another window since you opened it/);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect((await app.client.api('projects.get', { id: ids.pp.id })).notes).toBe('From the other window');
    await waitFor(() => expect(cellOf(rowNamed(grid, 'Polypropylene plant'), 'notes').textContent).toContain('From the other window'));
    expect(cellOf(rowNamed(grid, 'Polypropylene plant'), 'notes').getAttribute('aria-invalid')).toBe('true');
    expect(within(grid).queryByRole('textbox')).toBeNull();
  });
});
