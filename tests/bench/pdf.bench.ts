import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startChromiumShell } from '../../electron/chromium-shell/start';
import { IN_PROCESS_SENDER, inProcessRouter } from '../../electron/router/in-process';
import { benchDir, syntheticProject } from './fixtures';
import { figure, type BenchCase } from './harness';

/** Projects in the portfolio: with eight charts and the largest projects, the overview prints on 20 pages. */
const PROJECTS = 250;
const RUNS = 3;
/** The bench bundle is dist/bench/run.mjs; the shell reads the renderer and the worker beside it. */
const distDir = fileURLToPath(new URL('..', import.meta.url));

async function portfolioWorkspace(dir: string): Promise<{ file: string; briefingId: number }> {
  const { router, host } = inProcessRouter();
  const file = join(dir, 'pdf-bench.clusterdesk');
  const call = async (method: string, input: unknown) => {
    const r = await router.handle(IN_PROCESS_SENDER, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as { id: number };
  };
  await call('workspace.create', { file, sample: false });
  const creates = Array.from({ length: PROJECTS }, (_, i) => ({ ...syntheticProject(i), signedOn: `${2020 + (i % 6)}-0${1 + (i % 9)}` }));
  await call('projects.apply', { creates });
  const briefing = await call('briefings.create', { name: 'Portfolio, 20 pages', template: 'portfolio', subjects: {}, language: 'en', marking: 'DRAFT — RESTRICTED' });
  host.close();
  return { file, briefingId: briefing.id };
}

/** Waits for the file to appear: the export renames it into place whole, so appearing is being written. */
async function written(file: string, timeoutMs = 60_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !existsSync(file); ) {
    if (Date.now() > deadline) throw new Error(`${file} was not written`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Plain pages of text with the same page count, printed by the same engine: the cost of page.pdf() alone. */
async function plainPagesMs(page: Page, pages: number, file: string): Promise<number> {
  const body = Array.from({ length: pages }, (_, i) => `<section style="break-after: page"><h2>Page ${i + 1}</h2>${'<p>Plain text on a plain page. </p>'.repeat(30)}</section>`).join('');
  const start = performance.now();
  await page.setContent(`<!doctype html><html><body>${body}</body></html>`);
  await page.pdf({ path: file, format: 'A4', printBackground: true, tagged: true, outline: true });
  return performance.now() - start;
}

export const pdfPortfolio20p: BenchCase = {
  name: 'pdf.portfolio20p',
  async run() {
    const tmp = benchDir();
    const { file, briefingId } = await portfolioWorkspace(tmp.dir);
    const shell = await startChromiumShell({ distDir, workspace: file, sample: false, headless: true, profile: join(tmp.dir, 'profile'), userDataDir: tmp.dir });
    try {
      const { page } = shell;
      await page.goto(`${page.url().split('#')[0]}#/briefings/${briefingId}`);
      await page.locator('.briefing-sheets [data-chart]').first().waitFor({ timeout: 60_000 });
      const times: number[] = [];
      let pages = 0;
      for (let run = 0; run < RUNS; run++) {
        const out = join(tmp.dir, `portfolio-${run}.pdf`);
        await page.getByLabel('PDF file').fill(out);
        // The editor is idle (its preview drawn) when the analyst clicks.
        await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
        const start = performance.now();
        await page.getByRole('button', { name: 'Export', exact: true }).click();
        await written(out);
        times.push(performance.now() - start);
        const status = page.getByRole('status').getByText(/Exported (\d+) pages/);
        await status.waitFor({ timeout: 60_000 });
        pages = Number(/Exported (\d+)/.exec((await status.textContent()) ?? '')![1]);
      }
      const charts = await page.locator('.briefing-sheets [data-chart]').count();
      if (pages < 18 || pages > 22 || charts !== 8) throw new Error(`the fixture printed ${pages} pages with ${charts} charts, not about 20 with 8`);
      const plain = await shell.context.newPage();
      const baseline: number[] = [];
      for (let run = 0; run < RUNS; run++) baseline.push(await plainPagesMs(plain, pages, join(tmp.dir, `plain-${run}.pdf`)));
      await plain.close();
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      return [figure('pdf.portfolio20p', median(times), 'ms', `page.pdf() of ${pages} plain pages`, median(baseline))];
    } finally {
      await shell.close();
      tmp.remove();
    }
  },
};
