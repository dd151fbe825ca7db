import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { list, openSection, PATIENTLY, shownNames } from './support/grid-steps';
import { openSession, screenshot, type Session } from './support/shell';

/** A colleague's spreadsheet: semicolons, a byte-order mark, a header "Project" that maps to no field by itself. */
const HEADER = 'Project;Cluster;Country;Category;Stage;Capex';
const ROWS = [
  'E2E Import Alpha;Kerala Green Hydrogen Valley;IN;Hydrogen;Idea;1250',
  'E2E Import Beta;Kakinada Cluster;IN;Energy storage;Maybe later;80',
  'E2E Import Gamma;;AZ;Renewable power;Feasibility;12.5',
];
const csv = (rows: string[]) => `\ufeff${[HEADER, ...rows].join('\r\n')}\r\n`;

let session: Session;
let page: Page;
let file: string;

beforeAll(async () => {
  session = await openSession({ sample: true });
  page = session.page;
  file = join(session.dir, 'colleague-projects.csv');
  writeFileSync(file, csv(ROWS));
});
afterAll(async () => {
  await session?.cleanup();
});
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await screenshot(page, `import-failed-${task.name.split(' ')[0]}`).catch(() => {});
});

const wizard = () => page.getByRole('dialog', { name: 'Import into Projects' });
const reportRow = (dialog: Locator, text: string) => dialog.locator('.import-report tbody tr').filter({ hasText: text });

describe('importing a colleague\'s CSV into Projects in Chromium', () => {
  it('reads the typed path, maps a column and reports the bad row without writing anything', async () => {
    await openSection(page, 'Projects');
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = wizard();
    await dialog.getByLabel('File to import (CSV or XLSX)').fill(file);
    await dialog.getByLabel('File to import (CSV or XLSX)').press('Enter');

    await expect.poll(() => dialog.getByLabel('Delimiter').inputValue(), PATIENTLY).toBe(';');
    expect(await dialog.getByLabel('Encoding').inputValue()).toBe('utf-8');
    await dialog.getByText('UTF-8: marked in the file.').waitFor();
    // "Project" is not a field's name: the analyst maps it; the rest mapped themselves by header.
    const projectField = dialog.getByLabel('Field for column Project');
    expect(await projectField.inputValue()).toBe('');
    expect(await dialog.getByLabel('Field for column Stage').inputValue()).toBe('stage');
    await projectField.selectOption({ label: 'Name (required)' });

    await dialog.getByRole('button', { name: 'Check rows' }).click();
    const bad = reportRow(dialog, 'Maybe later');
    await bad.waitFor(PATIENTLY);
    expect(await bad.locator('td').allTextContents()).toEqual(['3', 'Stage', 'Maybe later', expect.stringContaining('is not one of: Idea, MoU'), 'Error']);
    await dialog.getByText('1 error stops the import').waitFor();
    expect(await dialog.getByRole('button', { name: /^Import \d+ records?$/ }).isDisabled()).toBe(true);
    await bad.scrollIntoViewIfNeeded();
    await screenshot(page, 'import-report');
    expect((await list(page, 'projects', { search: 'E2E Import', limit: 10 })).total).toBe(0);
  });

  it('reads the fixed file again, keeps the mapping, commits it whole and shows the new rows in the grid', async () => {
    const dialog = wizard();
    writeFileSync(file, csv([ROWS[0], ROWS[1].replace('Maybe later', 'MoU signed'), ROWS[2]]));
    await dialog.getByRole('button', { name: 'Read file' }).click();
    await dialog.getByRole('button', { name: 'Check rows' }).click();
    await dialog.getByText('No problems found.').waitFor(PATIENTLY);
    expect(await dialog.getByLabel('Field for column Project').inputValue()).toBe('name');
    await dialog.getByText('3 records to add').waitFor();
    const preview = dialog.locator('.import-preview-table tbody tr');
    expect(await preview.first().locator('td').allTextContents()).toEqual(['Add', 'E2E Import Alpha', 'Kerala Green Hydrogen Valley', 'IN', 'hydrogen', 'idea', '1250']);

    await dialog.getByRole('button', { name: 'Import 3 records' }).click();
    await dialog.getByText('3 records added.').waitFor(PATIENTLY);
    await screenshot(page, 'import-committed');

    const stored = await list(page, 'projects', { search: 'E2E Import', limit: 10, sort: { field: 'name', dir: 'asc' } });
    expect(stored.rows.map((r) => [r.name, r.stage, r.capex])).toEqual([
      ['E2E Import Alpha', 'idea', 1250],
      ['E2E Import Beta', 'mou', 80],
      ['E2E Import Gamma', 'feasibility', 12.5],
    ]);

    await dialog.getByRole('button', { name: 'Close' }).click();
    // Focus goes back to the button that opened the wizard.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Import…');
    await page.getByRole('searchbox').fill('E2E Import');
    const grid = page.getByRole('grid', { name: 'Projects', exact: true });
    await expect.poll(() => shownNames(grid), PATIENTLY).toEqual(expect.arrayContaining(['E2E Import Alpha', 'E2E Import Beta', 'E2E Import Gamma']));
    await screenshot(page, 'import-grid');
  });

  it('speaks Arabic right to left, the file\'s own names kept as they are', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await page.getByRole('button', { name: 'استيراد…' }).click();
    const dialog = page.getByRole('dialog', { name: 'استيراد إلى المشاريع' });
    await dialog.getByLabel('الملف المراد استيراده (CSV أو XLSX)').fill(file);
    await dialog.getByRole('button', { name: 'قراءة الملف' }).click();
    await dialog.getByLabel('الحقل للعمود Project').waitFor(PATIENTLY);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await dialog.getByRole('button', { name: 'التحقق من الصفوف' }).click();
    // The same file again: every row now matches a project by name and is skipped.
    await dialog.getByText('3 صفوف للتخطي').waitFor(PATIENTLY);
    expect(await dialog.getByRole('button', { name: 'لا سجلات للاستيراد' }).isDisabled()).toBe(true);
    await screenshot(page, 'import-arabic');
  });
});
