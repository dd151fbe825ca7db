import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, screenshot, type Session } from './support/shell';

const SECTIONS = ['Clusters', 'Projects', 'Partners', 'Agreements', 'Sources', 'Indicators', 'Scenarios', 'Briefings'];
/** Record sections are editable grids; the scenario and briefing lists are plain tables. */
const GRIDS = ['Clusters', 'Projects', 'Partners', 'Agreements', 'Sources', 'Indicators'];

let session: Session | undefined;
afterEach(async () => {
  await session?.cleanup();
  session = undefined;
});

describe('ClusterDesk in the Chromium shell', () => {
  it('starts on a new empty workspace created from the first-run screen', async () => {
    session = await openSession({ sample: false });
    const { page } = session;
    const file = join(session.dir, 'empty.clusterdesk');
    await page.getByRole('textbox').first().fill(file);
    await page.getByRole('button', { name: /empty/i }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Clusters' }).click();
    const grid = page.getByRole('grid', { name: 'Clusters' });
    await grid.waitFor();
    // No stored row: only the header and the line for a new row.
    await expect.poll(() => grid.getByRole('rowheader').count()).toBe(0);
    await expect.poll(() => grid.getByRole('row').count()).toBe(2);
    await screenshot(page, 'empty-clusters');
  });

  it('shows every section of the sample workspace with real rows', async () => {
    session = await openSession({ sample: true });
    const { page } = session;
    const nav = page.getByRole('navigation');
    for (const section of SECTIONS) {
      await nav.getByRole('link', { name: section }).click();
      const table = page.getByRole(GRIDS.includes(section) ? 'grid' : 'table', { name: section });
      await table.waitFor();
      if (GRIDS.includes(section)) {
        await expect.poll(() => table.getByRole('rowheader').count(), { message: `${section} has rows` }).toBeGreaterThan(0);
      }
      await screenshot(page, `sample-${section.toLowerCase()}`);
    }
  });

  it('follows a cluster to its projects and partners', async () => {
    session = await openSession({ sample: true });
    const { page } = session;
    await page.getByRole('navigation').getByRole('link', { name: 'Clusters' }).click();
    await page.getByRole('grid', { name: 'Clusters' }).getByRole('link', { name: /Sumgait/ }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Sumgait/);
    await screenshot(page, 'cluster-detail');

    const partners = page.getByRole('region', { name: 'Partners' });
    const partnerLinks = partners.getByRole('link');
    await expect.poll(() => partnerLinks.count()).toBeGreaterThan(0);
    const partnerName = (await partnerLinks.first().textContent())!.trim();
    await partnerLinks.first().click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(partnerName);
    await screenshot(page, 'partner-detail');

    await page.goBack();
    const projectLinks = page.getByRole('region', { name: 'Projects' }).getByRole('link');
    await expect.poll(() => projectLinks.count()).toBeGreaterThan(0);
    const projectName = (await projectLinks.first().textContent())!.trim();
    await projectLinks.first().click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(projectName);
    await screenshot(page, 'project-detail');
  });

  it('switches to Arabic and lays the window out right to left', async () => {
    session = await openSession({ sample: true });
    const { page } = session;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await expect.poll(() => page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    const nav = page.getByRole('navigation');
    const box = await nav.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.x + box!.width / 2).toBeGreaterThan(viewport.width / 2);
    await screenshot(page, 'arabic-layout');
  });
});
