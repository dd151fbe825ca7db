import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** One table's facts for the shared end-to-end steps: which rows and cells each step uses. */
export interface GridCase {
  /** The section's name in the navigation, and the grid's accessible name. */
  section: string;
  /** The list method's prefix: clusters, projects, ..., observations. */
  entity: string;
  label: string;
  edit: { row: string; field: string; type: string; shows: string; stored: unknown };
  /** A block as Excel puts it on the clipboard; it starts in the new row, or on the last stored row. */
  paste: { text: string; at: 'new' | 'last'; names: string[] };
  sort: { field: string };
  filter: { field: string; apply(menu: Locator): Promise<void>; query: Record<string, unknown> };
  conflict: { row: string; field: string };
}

export const PATIENTLY = { timeout: 15_000 };

type Row = Record<string, unknown> & { id: number };

/** Calls the store through the page's own bridge, as the renderer does. */
export async function invoke<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(([m, i]) => window.clusterdesk!.invoke(m as string, i), [method, input] as const);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

export const list = (page: Page, entity: string, query: Record<string, unknown>) => invoke<{ rows: Row[]; total: number }>(page, `${entity}.list`, query);

export const gridOf = (page: Page, name: string) => page.getByRole('grid', { name, exact: true });

export const rowOf = (grid: Locator, name: string) =>
  grid.locator('[role="row"]').filter({ has: grid.page().getByRole('rowheader', { name, exact: true }) });

export const cellOf = (row: Locator, field: string) => row.locator(`[data-field="${field}"]`);

/** The names in the name column, top to bottom, as shown. */
export const shownNames = (grid: Locator) => grid.getByRole('rowheader').evaluateAll((cells) => cells.map((c) => c.textContent ?? ''));

export async function openSection(page: Page, section: string): Promise<Locator> {
  await page.getByRole('navigation').getByRole('link', { name: section, exact: true }).click();
  const grid = gridOf(page, section);
  await grid.getByRole('rowheader').first().waitFor(PATIENTLY);
  return grid;
}

/** A paste from a spreadsheet, as the browser delivers it: a paste event whose clipboard holds the text. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** The active cell's column, read from the grid's aria-activedescendant ("…-r3-c2"). */
export const activeCell = async (grid: Locator) => {
  const id = (await grid.getAttribute('aria-activedescendant')) ?? '';
  const m = /-r(\d+)-c(\d+)$/.exec(id);
  return m ? { row: Number(m[1]), col: Number(m[2]) } : null;
};

/**
 * Puts the active cell on a field of a row the way an analyst does: a click in the row, then the
 * arrow keys; columns off screen are not drawn until the grid scrolls to them.
 */
export async function focusCell(page: Page, grid: Locator, rowName: string, field: string): Promise<Locator> {
  const row = rowOf(grid, rowName);
  await row.locator('[role="gridcell"]').nth(1).click();
  await page.keyboard.press('Home');
  const activeField = () =>
    grid.evaluate((el) => (document.getElementById(el.getAttribute('aria-activedescendant') ?? '') as HTMLElement | null)?.dataset.field ?? null);
  for (let i = 0; i < 40 && (await activeField()) !== field; i++) await page.keyboard.press('ArrowRight');
  expect(await activeField()).toBe(field);
  return cellOf(row, field);
}

/** Back to the first columns, as after Home. */
export const scrollToStart = (grid: Locator) => grid.evaluate((el) => el.scrollTo({ left: 0 }));

const names = async (page: Page, c: GridCase) => (await list(page, c.entity, { search: 'Grid E2E', limit: 100 })).rows.map((r) => String(r[c.label])).sort();

export async function editWithKeyboard(page: Page, grid: Locator, c: GridCase): Promise<void> {
  const cell = await focusCell(page, grid, c.edit.row, c.edit.field);
  const at = await activeCell(grid);
  // Away and back with the arrows, then type: typing replaces the cell, Enter saves.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  expect(await activeCell(grid)).toEqual(at);
  await page.keyboard.type(c.edit.type);
  await page.keyboard.press('Enter');
  await expect.poll(() => cell.textContent(), PATIENTLY).toBe(c.edit.shows);
  const stored = await list(page, c.entity, { filters: [{ field: c.label, op: 'contains', value: c.edit.row }], limit: 5 });
  expect(stored.rows.map((r) => r[c.edit.field])).toContain(c.edit.stored);
}

export async function pasteBlock(page: Page, grid: Locator, c: GridCase): Promise<void> {
  await grid.locator('[role="row"]').nth(1).locator('[role="gridcell"]').nth(1).click();
  await page.keyboard.press('Control+End');
  if (c.paste.at === 'last') await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Home');
  await pasteText(page, c.paste.text);
  await expect.poll(() => page.getByText(/^Pasted \d+ cells\.$/).count(), PATIENTLY).toBe(1);
  await expect.poll(() => names(page, c), PATIENTLY).toEqual([...c.paste.names].sort());
}

/** Undo and redo with the keys, on the grid: the whole paste is one step. */
export async function undoRedoPaste(page: Page, grid: Locator, c: GridCase): Promise<void> {
  await grid.focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => names(page, c), PATIENTLY).toEqual([]);
  await page.keyboard.press('Control+y');
  await expect.poll(() => names(page, c), PATIENTLY).toEqual([...c.paste.names].sort());
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => page.getByText('Nothing to redo.').count(), PATIENTLY).toBe(1);
}

/** After a restart the history is still there: Ctrl+Z undoes the paste again, Ctrl+Y brings it back. */
export async function undoAfterRestart(page: Page, grid: Locator, c: GridCase): Promise<void> {
  await grid.focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => names(page, c), PATIENTLY).toEqual([]);
  await page.keyboard.press('Control+y');
  await expect.poll(() => names(page, c), PATIENTLY).toEqual([...c.paste.names].sort());
}

const headerOf = (grid: Locator, field: string) => grid.locator(`[role="columnheader"][data-field="${field}"]`);

export async function sortAndFilter(page: Page, grid: Locator, c: GridCase): Promise<void> {
  await scrollToStart(grid);
  const header = headerOf(grid, c.sort.field);
  for (const dir of ['asc', 'desc'] as const) {
    await header.locator('.grid-sort').click();
    await expect.poll(() => header.getAttribute('aria-sort'), PATIENTLY).toBe(dir === 'asc' ? 'ascending' : 'descending');
    const expected = (await list(page, c.entity, { sort: { field: c.sort.field, dir }, limit: 5 })).rows.map((r) => String(r[c.label]));
    await expect.poll(async () => (await shownNames(grid)).slice(0, expected.length), PATIENTLY).toEqual(expected);
  }

  // The column's menu by keyboard: Alt+Down on a cell of the column.
  await cellOf(grid.locator('[role="row"]').nth(1), c.filter.field).click();
  await page.keyboard.press('Alt+ArrowDown');
  const menu = page.getByRole('dialog', { name: /^Column: / });
  await menu.waitFor();
  await c.filter.apply(menu);
  await menu.getByRole('button', { name: 'Apply filter' }).click();
  const expected = await list(page, c.entity, { ...c.filter.query, limit: 100 });
  expect(expected.total).toBeGreaterThan(0);
  await expect.poll(() => page.getByRole('status').first().textContent(), PATIENTLY).toMatch(new RegExp(`^${expected.total} `));
  await expect.poll(async () => (await shownNames(grid)).sort(), PATIENTLY).toEqual(expected.rows.map((r) => String(r[c.label])).sort());
  await expect.poll(() => headerOf(grid, c.filter.field).getAttribute('class')).toContain('filtered');

  await cellOf(grid.locator('[role="row"]').nth(1), c.filter.field).click();
  await page.keyboard.press('Alt+ArrowDown');
  await page.getByRole('dialog', { name: /^Column: / }).getByRole('button', { name: 'Clear filter' }).click();
  await headerOf(grid, c.label).locator('.grid-sort').click();
  await expect.poll(() => headerOf(grid, c.label).getAttribute('aria-sort'), PATIENTLY).toBe('ascending');
}

/** Deletes a pasted row after the one question, then Ctrl+Z brings it back. */
export async function deleteAndUndo(page: Page, grid: Locator, c: GridCase): Promise<void> {
  const search = page.getByRole('searchbox');
  await search.fill('Grid E2E');
  // The grid answers the search first; only then do its rows stand where the keys will act.
  await expect.poll(async () => (await shownNames(grid)).sort(), PATIENTLY).toEqual([...c.paste.names].sort());
  const created = c.paste.names.filter((n) => !n.includes('\n')).sort()[0];
  await focusCell(page, grid, created, c.edit.field);
  await page.keyboard.press('Control+Minus');
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('button', { name: 'Delete 1 row' }).click();
  await expect.poll(() => names(page, c), PATIENTLY).not.toContain(created);
  await grid.focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => names(page, c), PATIENTLY).toContain(created);
  await search.fill('');
  const total = (await list(page, c.entity, { limit: 1 })).total;
  await expect.poll(() => page.getByRole('status').first().textContent(), PATIENTLY).toMatch(new RegExp(`^${total} `));
}

/** Two windows on one row: the second saves over a version the first already changed, and is told so. */
export async function conflictInTwoWindows(page: Page, grid: Locator, c: GridCase): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto(page.url());
  const otherGrid = gridOf(other, c.section);
  await otherGrid.getByRole('rowheader').first().waitFor(PATIENTLY);
  const theirs = await focusCell(other, otherGrid, c.conflict.row, c.conflict.field);
  await other.keyboard.press('F2');
  await other.keyboard.type(' (from the second window)');

  const mine = await focusCell(page, grid, c.conflict.row, c.conflict.field);
  await page.keyboard.press('F2');
  await page.keyboard.type(' (from the first window)');
  await page.keyboard.press('Enter');
  await expect.poll(() => mine.textContent(), PATIENTLY).toContain('(from the first window)');

  await other.keyboard.press('Enter');
  await expect.poll(() => other.getByRole('alert').filter({ hasText: 'Someone changed this row in another window' }).count(), PATIENTLY).toBe(1);
  await expect.poll(() => theirs.textContent(), PATIENTLY).toContain('(from the first window)');
  expect(await theirs.textContent()).not.toContain('(from the second window)');
  return other;
}

/** In Arabic the first column is on the right and ArrowLeft goes to the next column. */
export async function arabicLayout(page: Page, c: GridCase): Promise<void> {
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  const grid = page.getByRole('grid');
  await scrollToStart(grid);
  const headers = grid.getByRole('columnheader');
  const first = (await headers.nth(1).boundingBox())!;
  const second = (await headers.nth(2).boundingBox())!;
  expect(first.x).toBeGreaterThan(second.x);
  await cellOf(grid.locator('[role="row"]').nth(1), c.sort.field).click();
  const before = (await activeCell(grid))!;
  await page.keyboard.press('ArrowLeft');
  expect(await activeCell(grid)).toEqual({ row: before.row, col: before.col + 1 });
  await page.keyboard.press('Shift+ArrowLeft');
  expect(await grid.locator('[aria-selected="true"]').count()).toBe(2);
}
