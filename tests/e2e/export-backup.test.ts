import ExcelJS from 'exceljs';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../../db/io';
import { invoke, list, openSection, PATIENTLY, shownNames } from './support/grid-steps';
import { openSession, screenshot, type Session } from './support/shell';

type Project = { id: number; version: number; name: string };

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await openSession({ sample: true });
  page = session.page;
});
afterAll(async () => {
  await session?.cleanup();
});
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await screenshot(page, `export-backup-failed-${task.name.split(' ')[0]}`).catch(() => {});
});

/** The names column of a sheet as read back by the importer, which is what a colleague's spreadsheet program shows. */
async function namesInCsv(file: string): Promise<string[]> {
  const { sheet } = await readImportFile(file);
  const col = sheet.header.indexOf('Name');
  return sheet.rows.map((r) => String(r[col]));
}

async function namesInXlsx(file: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  const col = (sheet.getRow(1).values as unknown[]).indexOf('Name');
  const names: string[] = [];
  sheet.eachRow((row, n) => n > 1 && names.push(String(row.getCell(col).value)));
  return names;
}

describe('export and backup in Chromium', () => {
  it('exports the Projects view to CSV and XLSX by clicks, and the whole table', async () => {
    const grid = await openSection(page, 'Projects');
    await page.getByRole('searchbox', { name: /projects/i }).fill('tion');
    const expected = await list(page, 'projects', { search: 'tion', limit: 1000 });
    expect(expected.total).toBeGreaterThan(0);
    await expect.poll(async () => (await shownNames(grid)).length, PATIENTLY).toBe(expected.total);
    const shown = await shownNames(grid);

    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByTestId('export-dialog');
    await expect.poll(() => dialog.getByRole('radio', { name: /This view/ }).isChecked()).toBe(true);
    const path = dialog.getByRole('textbox', { name: 'Save as' });
    await expect.poll(() => path.inputValue(), PATIENTLY).toMatch(/Projects \(view\)\.csv$/);
    const csv = join(session.dir, 'projects-view.csv');
    await path.fill(csv);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').textContent(), PATIENTLY).toContain(`Exported ${expected.total} row`);
    expect(await namesInCsv(csv)).toEqual(shown);

    await dialog.getByRole('radio', { name: /Excel workbook/ }).check();
    expect(await path.inputValue()).toBe(join(session.dir, 'projects-view.xlsx'));
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => existsSync(join(session.dir, 'projects-view.xlsx')), PATIENTLY).toBe(true);
    expect(await namesInXlsx(join(session.dir, 'projects-view.xlsx'))).toEqual(shown);
    await screenshot(page, 'export-projects-view');

    await dialog.getByRole('radio', { name: 'The whole table' }).check();
    await path.fill(join(session.dir, 'projects-all.xlsx'));
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const all = await list(page, 'projects', { limit: 1 });
    await expect.poll(() => dialog.getByRole('status').textContent(), PATIENTLY).toContain(`Exported ${all.total} rows`);
    expect(await namesInXlsx(join(session.dir, 'projects-all.xlsx'))).toHaveLength(all.total);
    expect(readdirSync(session.dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
    await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
    await page.getByRole('searchbox', { name: /projects/i }).fill('');
  });

  it('backs up from Settings, restores the backup after a change, and shows the record as it was', async () => {
    const [first] = (await list(page, 'projects', { sort: { field: 'name', dir: 'asc' }, limit: 1 })).rows as unknown as Project[];
    await page.getByRole('link', { name: 'Settings' }).click();
    const backups = page.getByTestId('backups');
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => backups.getByRole('status').textContent(), PATIENTLY).toContain('Backed up to');
    const manual = backups.getByRole('row').filter({ hasText: 'Manual' });
    await expect.poll(() => manual.count(), PATIENTLY).toBe(1);
    await screenshot(page, 'backups-settings');

    await invoke(page, 'projects.update', { id: first.id, version: first.version, values: { name: `${first.name} (changed)` } });
    const grid = await openSection(page, 'Projects');
    await expect.poll(() => shownNames(grid), PATIENTLY).toContain(`${first.name} (changed)`);

    await page.getByRole('link', { name: 'Settings' }).click();
    await manual.getByRole('button', { name: /^Restore the backup of / }).click();
    const confirm = page.getByTestId('restore-confirm');
    await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => backups.getByRole('status').textContent(), PATIENTLY).toContain('is restored');
    await screenshot(page, 'backups-restored');
    expect(readdirSync(session.dir).some((f) => /^workspace\.before-restore-\d{8}-\d{6}\.clusterdesk$/.test(f))).toBe(true);

    const restoredGrid = await openSection(page, 'Projects');
    await expect.poll(() => shownNames(restoredGrid), PATIENTLY).toContain(first.name);
    expect(await shownNames(restoredGrid)).not.toContain(`${first.name} (changed)`);
    expect((await invoke<Project>(page, 'projects.get', { id: first.id })).name).toBe(first.name);
  });
});
