import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { list, openSection, pasteText, PATIENTLY, rowOf } from './support/grid-steps';
import { openSession, screenshot, type Session } from './support/shell';

const read = (ns: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../renderer/locales/en', `${ns}.json`), 'utf8'));
const security = read('security');
const app = read('app');
const errors = read('translation').errors;

const PASSPHRASE = 'amber lantern over Baku 2050';
const CLUSTER = 'Encrypted E2E Cluster';

let session: Session | undefined;
afterEach(async () => {
  await session?.cleanup();
  session = undefined;
});

describe('an encrypted workspace in the Chromium shell', () => {
  it('is created with a passphrase from the start screen, and after a restart opens with that passphrase only', async () => {
    session = await openSession({ sample: false });
    let page = session.page;
    await page.getByRole('heading', { level: 1, name: app.start.title }).waitFor(PATIENTLY);
    await page.getByRole('checkbox', { name: security.create.encrypt }).check();
    await page.getByLabel(security.passphrase.label, { exact: true }).fill('short');
    await page.getByLabel(security.passphrase.confirm, { exact: true }).fill('short');
    await page.getByRole('button', { name: app.start.createSample }).click();
    await page.getByText(security.passphrase.tooShort.replace('{{min}}', '8')).waitFor();
    expect(existsSync(session.workspace)).toBe(false);

    await page.getByLabel(security.passphrase.label, { exact: true }).fill(PASSPHRASE);
    await page.getByLabel(security.passphrase.confirm, { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: app.start.createSample }).click();
    let grid = await openSection(page, 'Clusters');

    // A new row, pasted under the last one as from a spreadsheet.
    await grid.locator('[role="row"]').nth(1).locator('[role="gridcell"]').nth(1).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    await pasteText(page, `${CLUSTER}\tAZ\tIndustrial park\r\n`);
    await expect.poll(async () => (await list(page, 'clusters', { search: CLUSTER })).rows.length, PATIENTLY).toBe(1);
    await screenshot(page, 'encryption-added');

    session = await session.restart();
    page = session.page;
    expect(readFileSync(session.workspace).includes(Buffer.from(CLUSTER))).toBe(false);
    await page.getByRole('heading', { level: 1, name: security.unlock.title }).waitFor(PATIENTLY);
    const field = page.getByLabel(security.passphrase.label, { exact: true });
    await field.fill('not the passphrase');
    await page.getByRole('button', { name: security.unlock.submit }).click();
    await page.getByRole('alert').getByText(errors.title.WRONG_KEY).waitFor(PATIENTLY);
    await screenshot(page, 'encryption-wrong-passphrase');

    await field.fill(PASSPHRASE);
    await page.getByRole('button', { name: security.unlock.submit }).click();
    grid = await openSection(page, 'Clusters');
    await rowOf(grid, CLUSTER).waitFor(PATIENTLY);

    // Settings ▸ Security ▸ Lock now: back to the passphrase.
    await page.getByRole('link', { name: app.header.settings }).click();
    await page.getByRole('button', { name: security.settings.lockNow }).click();
    await page.getByRole('heading', { level: 1, name: security.unlock.title }).waitFor(PATIENTLY);
  });
});
