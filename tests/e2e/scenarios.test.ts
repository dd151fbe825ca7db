import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, screenshot, type Session } from './support/shell';

let session: Session | undefined;
afterEach(async () => {
  await session?.cleanup();
  session = undefined;
});

const BASE = 'All signed projects on time';
const DELAY = 'Two-year delay of the battery plant';
const MINE = 'Battery plant four years late';

/** The text of each cell of a table's row for a year. */
async function rowOf(table: Locator, year: string): Promise<string[]> {
  const row = table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: year, exact: true }) });
  return (await row.getByRole('cell').allTextContents()).map((s) => s.trim());
}

/** Polls long enough for a shared, busy machine: the store worker and the Monte Carlo worker answer in their time. */
const poll = <T>(read: () => Promise<T> | T, timeout = 15_000) => expect.poll(read, { timeout });

async function openScenarios(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Scenarios', exact: true }).click();
  await page.getByRole('table', { name: 'Scenarios' }).getByRole('link', { name: BASE }).waitFor();
}

describe('scenarios in the Chromium shell', () => {
  it('creates a child scenario, changes an override, compares three scenarios, saves the comparison and finds it after a restart', async () => {
    session = await openSession({ sample: true });
    let { page } = session;
    await openScenarios(page);
    await screenshot(page, 'scenarios-list');

    // A child of the sample's first scenario: it inherits the illustrative start years and abatement.
    const form = page.getByRole('form', { name: 'New scenario' });
    await form.getByRole('textbox', { name: 'Name' }).fill(MINE);
    await form.getByRole('combobox', { name: 'Inherits from' }).selectOption({ label: BASE });
    await form.getByRole('button', { name: 'Create and edit' }).click();
    await page.getByRole('heading', { level: 1, name: MINE }).waitFor();
    const results = page.getByRole('table', { name: 'Results by year' });
    // 2030: deposit 20 + bus 10 + battery 100 + carbon 50 + waste 40 kt, as in the parent.
    expect((await rowOf(results, '2030'))[0]).toBe('220');
    const battery = page.getByRole('grid', { name: 'Overrides per project' }).getByRole('row', { name: /Energy battery manufacturing facility/ });
    await poll(() => battery.textContent()).toContain('2027 · from “All signed projects on time”');

    // Four years late: the battery plant starts in 2031, so 2030 loses its 100 kt.
    await battery.locator('[data-field="delayYears"]').click();
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await poll(async () => (await rowOf(results, '2030'))[0]).toBe('120');
    await poll(() => page.getByRole('figure', { name: /Abatement, nominal and risk-weighted/ }).getAttribute('aria-describedby').then((id) => page.locator(`[id="${id}"]`).textContent())).toContain('In 2040: 220');
    await page.getByText('All changes saved.').waitFor();
    await screenshot(page, 'scenario-editor');

    // Compare the sample's first two scenarios with the new one.
    await openScenarios(page);
    await page.getByRole('link', { name: 'Compare scenarios' }).click();
    await page.getByRole('heading', { level: 1, name: 'New comparison' }).waitFor();
    const picker = page.getByRole('group', { name: 'Scenarios to compare' });
    for (const name of [BASE, DELAY, MINE, 'Only projects past FID']) await picker.getByRole('checkbox', { name }).uncheck();
    for (const name of [BASE, DELAY, MINE]) await picker.getByRole('checkbox', { name }).check();
    const differences = page.getByRole('table', { name: /^Abatement, risk-weighted/ });
    // Risk-weighted at 20 % (MoU): 44 kt in both sample scenarios, 24 with the plant four years late: 20 less.
    await poll(() => rowOf(differences, '2030')).toEqual(['44', '44', '0', '24', '-20']);
    const fan = page.getByRole('region', { name: /^Uncertainty/ });
    // The Monte Carlo run in its Web Worker: the fan's summary says P10, median and P90 of the focus year.
    await poll(() => fan.textContent(), 30_000).toMatch(/In 2040: P10 [\d.]+, median [\d.]+, P90 [\d.]+\./);
    await screenshot(page, 'comparison');

    await page.getByRole('textbox', { name: 'Name of the comparison' }).fill('Battery plant timing');
    await page.getByRole('button', { name: 'Save comparison' }).click();
    await page.getByRole('heading', { level: 1, name: 'Battery plant timing' }).waitFor();
    expect(await page.evaluate(() => window.location.hash)).toMatch(/^#\/comparisons\/\d+$/);

    // After quitting and starting again, the comparison is among the saved ones, as it was.
    session = await session.restart();
    page = session.page;
    await openScenarios(page);
    await page.getByRole('region', { name: 'Saved comparisons' }).getByRole('link', { name: 'Battery plant timing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Battery plant timing' }).waitFor();
    await poll(() => rowOf(page.getByRole('table', { name: /^Abatement, risk-weighted/ }), '2030')).toEqual(['44', '44', '0', '24', '-20']);

    // In Arabic the charts run right to left: the years reversed and the value axis on the right.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const chart = page.getByRole('figure').first();
    await chart.locator('.recharts-yAxis').first().waitFor();
    const layout = await chart.evaluate((figure) => {
      const box = (el: Element | null) => el!.getBoundingClientRect();
      const svg = box(figure.querySelector('svg.recharts-surface'));
      // Tick labels may be drawn in a layer of their own: the years are the labels of the lowest row.
      const labels = [...figure.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => ({ text: t.textContent, x: box(t).x, y: box(t).y }));
      const bottom = Math.max(...labels.map((l) => l.y));
      const ticks = labels.filter((l) => l.y > bottom - 2);
      return { axis: box(figure.querySelector('.recharts-yAxis')).x - svg.x, width: svg.width, ticks };
    });
    expect(layout.axis).toBeGreaterThan(layout.width / 2);
    const [first, last] = [layout.ticks[0], layout.ticks.at(-1)!];
    expect(Number(first.text) < Number(last.text)).toBe(true);
    expect(first.x).toBeGreaterThan(last.x);
    await screenshot(page, 'comparison-arabic');
  });
});
