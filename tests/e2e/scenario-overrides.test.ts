import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSession, outputDir, screenshot, type Session } from './support/shell';

let session: Session | undefined;
afterEach(async () => {
  await session?.cleanup();
  session = undefined;
});

const BASE = 'All signed projects on time';
const BATTERY = 'Energy battery manufacturing facility';

/** Polls long enough for a shared, busy machine. */
const poll = <T>(read: () => Promise<T> | T, timeout = 15_000) => expect.poll(read, { timeout });

/** The text that describes the results chart to a screen reader: its figure for the horizon's last year. */
async function chartSummary(page: Page): Promise<string> {
  const figure = page.getByRole('figure', { name: /Abatement, nominal and risk-weighted/ });
  const id = await figure.getAttribute('aria-describedby');
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

/** The active cell of a grid: its row's project and its column. */
const activeCell = (page: Page) =>
  page.evaluate(() => {
    const cell = document.activeElement as HTMLElement;
    return `${cell.closest('tr')?.querySelector('[role="rowheader"] a')?.textContent}/${cell.dataset.field}`;
  });

const cellOf = (grid: Locator, project: string, field: string) => grid.getByRole('row', { name: new RegExp(project) }).locator(`[data-field="${field}"]`);

async function openBase(page: Page): Promise<Locator> {
  await page.getByRole('navigation').getByRole('link', { name: 'Scenarios', exact: true }).click();
  await page.getByRole('table', { name: 'Scenarios' }).getByRole('link', { name: BASE }).click();
  await page.getByRole('heading', { level: 1, name: BASE }).waitFor();
  const grid = page.getByRole('grid', { name: 'Overrides per project' });
  await grid.getByRole('rowheader').first().waitFor();
  return grid;
}

describe('scenario overrides in the grid, in the Chromium shell', () => {
  it('edits an override with the keyboard only and the chart follows; pastes a two-row block as one undo step', async () => {
    session = await openSession({ sample: true });
    const { page } = session;
    const grid = await openBase(page);
    await poll(() => chartSummary(page)).toContain('In 2040: 220');

    // From the find box, Tab reaches the grid's one tab stop; arrows walk to the abatement factor.
    await page.getByRole('searchbox', { name: 'Find a project or cluster' }).focus();
    await page.keyboard.type('battery');
    await poll(() => grid.getByRole('rowheader').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await activeCell(page)).toBe(`${BATTERY}/include`);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    expect(await activeCell(page)).toBe(`${BATTERY}/abatementFactor`);
    // The first key opens the editor; the others follow it, as in Excel.
    await page.keyboard.type('1.5');
    await page.keyboard.press('Enter');
    await poll(() => cellOf(grid, BATTERY, 'abatementFactor').textContent()).toBe('1.5 · this scenario');
    // Half as much again of the battery plant's 100 kt: 220 becomes 270 in the chart.
    await poll(() => chartSummary(page)).toContain('In 2040: 270');
    await page.getByText('All changes saved.').waitFor();
    await screenshot(page, 'scenario-overrides-keyboard');

    // Delete brings back the inherited value, and the chart its figure.
    await page.keyboard.press('ArrowUp');
    expect(await activeCell(page)).toBe(`${BATTERY}/abatementFactor`);
    await page.keyboard.press('Delete');
    await poll(() => cellOf(grid, BATTERY, 'abatementFactor').textContent()).toBe('1 · default');
    await poll(() => chartSummary(page)).toContain('In 2040: 220');

    // A block of two rows from a spreadsheet: both projects' delays at once.
    await page.getByRole('searchbox', { name: 'Find a project or cluster' }).fill('');
    await poll(() => grid.getByRole('rowheader').count()).toBeGreaterThan(2);
    const firstName = await grid.getByRole('rowheader').nth(0).getByRole('link').textContent();
    const secondName = await grid.getByRole('rowheader').nth(1).getByRole('link').textContent();
    await cellOf(grid, firstName!, 'delayYears').click();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '30\r\n30\r\n');
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await page.getByText('Pasted 2 cells.').waitFor();
    await poll(() => cellOf(grid, firstName!, 'delayYears').textContent()).toBe('30 · this scenario');
    await poll(() => cellOf(grid, secondName!, 'delayYears').textContent()).toBe('30 · this scenario');
    const delayed = await chartSummary(page);
    expect(delayed).not.toContain('In 2040: 220');
    await page.getByText('All changes saved.').waitFor();
    await screenshot(page, 'scenario-overrides-paste');
    // The grid alone, with the pasted range selected, for a closer look in the CI log.
    await grid.screenshot({ path: join(outputDir, 'scenario-overrides-grid.png') });

    // One Ctrl+Z takes the whole paste back; the key stays with the grid, not the workspace's history.
    await page.keyboard.press('Control+z');
    await page.getByText('Undone.').waitFor();
    expect(await page.getByTestId('history-outcome').textContent()).toBe('');
    await poll(() => cellOf(grid, firstName!, 'delayYears').textContent()).not.toContain('this scenario');
    await poll(() => cellOf(grid, secondName!, 'delayYears').textContent()).not.toContain('this scenario');
    await poll(() => chartSummary(page)).toContain('In 2040: 220');
    await page.getByText('All changes saved.').waitFor();
  });
});
