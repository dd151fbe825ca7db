import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { SHELL_ORIGIN, startChromiumShell } from '../../electron/chromium-shell/start';
import { openDriver } from '../../db/store/driver';
import { IN_PROCESS_SENDER, inProcessRouter } from '../../electron/router/in-process';
import { benchDir, syntheticProject } from './fixtures';
import { FIRST_ROWS_SCRIPT, heapMb, longestScrollFrame, median, p95, plainScroller, plainTable, timeUntil } from './grid-page';
import { figure, type BenchCase, type Figure } from './harness';

const N = 100_000;
const RUNS = 5;
const EDITS = 200;
const ROW_HEIGHT = 32;
const SCROLL_FRAMES = 300;
/** The bench bundle is dist/bench/run.mjs; the shell reads the renderer and the worker beside it. */
const distDir = fileURLToPath(new URL('..', import.meta.url));

async function workspaceWith100kProjects(dir: string): Promise<string> {
  const { router, host } = inProcessRouter();
  const file = join(dir, 'grid-bench.clusterdesk');
  const created = await router.handle(IN_PROCESS_SENDER, 'workspace.create', { file, sample: false });
  if (!created.ok) throw new Error(created.error.message);
  host.close();
  const db = openDriver(file);
  const insert = db.prepare(
    `INSERT INTO projects (name, country, category, stage, start_year, capex, capex_currency, abatement_kt, ramp_up_years, created_at, updated_at)
     VALUES (@name, @country, @category, @stage, @startYear, @capex, @capexCurrency, @abatementKt, @rampUpYears, @at, @at)`,
  );
  const at = new Date().toISOString();
  db.transaction(() => {
    for (let i = 0; i < N; i++) insert.run({ ...syntheticProject(i), at });
  })();
  db.close();
  return file;
}

const invoke = <T>(page: Page, method: string, input: unknown) =>
  page.evaluate(
    async ([m, i]) => {
      const r = await (window as unknown as { clusterdesk: { invoke(m: string, i: unknown): Promise<{ ok: boolean; value: unknown; error?: { message: string } }> } }).clusterdesk.invoke(m, i);
      if (!r.ok) throw new Error(r.error!.message);
      return r.value;
    },
    [method, input] as const,
  ) as Promise<T>;

/** Times a store call on its own, through the same bridge, as the baseline of a grid action. */
const storeCallMs = (page: Page, method: string, input: unknown) =>
  page.evaluate(
    async ([m, i]) => {
      const start = performance.now();
      await (window as unknown as { clusterdesk: { invoke(m: string, i: unknown): Promise<unknown> } }).clusterdesk.invoke(m, i);
      return performance.now() - start;
    },
    [method, input] as const,
  );

const GRID = '[role="grid"]';

/** Puts the active cell in a column and opens its menu with the keys (Alt+Down): columns off screen are not drawn. */
async function openColumnMenu(page: Page, field: string): Promise<void> {
  await page.locator(`${GRID} [role="row"]`).nth(1).locator('[role="gridcell"]').nth(1).click();
  await page.keyboard.press('Home');
  const active = () => page.evaluate(() => {
    const grid = document.querySelector('[role="grid"]')!;
    return (document.getElementById(grid.getAttribute('aria-activedescendant') ?? '') as HTMLElement | null)?.dataset.field;
  });
  for (let i = 0; i < 40 && (await active()) !== field; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Alt+ArrowDown');
  await page.getByRole('dialog').waitFor();
}
const firstName = `document.querySelector('${GRID} [role="rowheader"]')?.textContent`;

async function openProjects(page: Page): Promise<number> {
  // A fresh document each time, so the grid starts from nothing and the init script times it.
  await page.goto('about:blank');
  await page.goto(`${SHELL_ORIGIN}/index.html#/projects`);
  await page.waitForFunction(() => (window as unknown as { __gridFirstRowsMs?: number }).__gridFirstRowsMs !== undefined, undefined, { timeout: 30_000 });
  return page.evaluate(() => (window as unknown as { __gridFirstRowsMs: number }).__gridFirstRowsMs);
}

async function firstPaint(page: Page): Promise<Figure> {
  const grid: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${SHELL_ORIGIN}/bench-baseline`);
    plain.push(await plainTable(page));
    grid.push(await openProjects(page));
  }
  return figure('grid.firstPaintMs', median(grid), 'ms', 'plain HTML table of the same first 100 rows via the same bridge', median(plain));
}

async function sort(page: Page): Promise<Figure> {
  const grid: number[] = [];
  const store: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = i % 2 === 0 ? 'asc' : 'desc';
    const query = { sort: { field: 'capex', dir }, limit: 100 };
    const { rows } = await invoke<{ rows: { name: string }[] }>(page, 'projects.list', query);
    store.push(await storeCallMs(page, 'projects.list', query));
    // The column's menu sorts either way explicitly (a header click cycles ascending, descending, none).
    await openColumnMenu(page, 'capex');
    const label = dir === 'asc' ? 'Sort ascending' : 'Sort descending';
    const click = `[...document.querySelectorAll('[role="dialog"] button')].find((b) => b.textContent === '${label}').click()`;
    const sorted = `document.querySelector('${GRID} [role="columnheader"][data-field="capex"]').getAttribute('aria-sort') === '${dir === 'asc' ? 'ascending' : 'descending'}'`;
    grid.push(await timeUntil(page, click, `${firstName} === ${JSON.stringify(rows[0].name)} && ${sorted}`));
  }
  return figure('grid.sortMs', median(grid), 'ms', 'projects.list with the same sort, the store call alone', median(store));
}

async function filter(page: Page): Promise<Figure> {
  const grid: number[] = [];
  const store: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Texts whose matches differ in number and in first row, so each run waits for its own answer.
    const text = ['123', '4567', '99', '8001', '555'][i];
    // The sort the grid has after the sort figure: its last run was ascending.
    const query = { sort: { field: 'capex', dir: 'asc' }, filters: [{ field: 'name', op: 'contains', value: text }], limit: 100 };
    const { total, rows } = await invoke<{ total: number; rows: { name: string }[] }>(page, 'projects.list', query);
    store.push(await storeCallMs(page, 'projects.list', query));
    await openColumnMenu(page, 'name');
    await page.getByRole('textbox', { name: 'Contains' }).fill(text);
    const apply = `[...document.querySelectorAll('button')].find((b) => b.textContent === 'Apply filter').click()`;
    const counted = `document.querySelector('[role="status"]')?.textContent.replace(/\\D/g, '') === '${total}' && ${firstName} === ${JSON.stringify(rows[0].name)}`;
    grid.push(await timeUntil(page, apply, counted));
  }
  return figure('grid.filterMs', median(grid), 'ms', 'projects.list with the same filter, the store call alone', median(store));
}

async function edits(page: Page): Promise<Figure> {
  await openProjects(page);
  const { rows } = await invoke<{ rows: { id: number; version: number }[] }>(page, 'projects.list', { limit: EDITS });
  await openColumnMenu(page, 'capex');
  await page.keyboard.press('Escape');
  await page.evaluate(() => {
    const w = window as unknown as { __editTimes: number[] };
    w.__editTimes = [];
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Enter') return;
        const start = performance.now();
        const grid = document.querySelector('[role="grid"]')!;
        // Committed and shown: the editor is gone and the grid is back on the next row.
        const done = () => !grid.querySelector('.cell-editor');
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          requestAnimationFrame(() => w.__editTimes.push(performance.now() - start));
        });
        observer.observe(grid, { subtree: true, childList: true, characterData: true });
      },
      true,
    );
  });
  for (let i = 0; i < EDITS; i++) {
    await page.keyboard.type(String(1000 + i));
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => (window as unknown as { __editTimes: number[] }).__editTimes.length >= n, i + 1);
  }
  const grid = await page.evaluate(() => (window as unknown as { __editTimes: number[] }).__editTimes);
  const shown = await invoke<{ rows: { capex: number }[] }>(page, 'projects.list', { limit: EDITS });
  const saved = shown.rows.filter((r, i) => r.capex === 1000 + i).length;
  if (saved !== EDITS) throw new Error(`only ${saved} of ${EDITS} edits were stored`);
  // The baseline runs in a page without the app, so no view reacts to the writes while they are timed.
  await page.goto(`${SHELL_ORIGIN}/bench-baseline`);
  const store: number[] = [];
  for (const r of rows) store.push(await storeCallMs(page, 'projects.update', { id: r.id, version: r.version + 1, values: { capex: 5 } }));
  return figure('grid.editRoundTripP95Ms', p95(grid), 'ms', 'projects.update alone, p95', p95(store));
}

async function scroll(page: Page): Promise<Figure> {
  await openProjects(page);
  const grid = await longestScrollFrame(page, GRID, SCROLL_FRAMES);
  await page.goto(`${SHELL_ORIGIN}/bench-baseline`);
  await plainScroller(page, N, ROW_HEIGHT);
  const plain = await longestScrollFrame(page, '#plain-scroller', SCROLL_FRAMES);
  return figure('grid.scrollLongestFrameMs', grid, 'ms', 'plain table of 100 rows rewritten per frame over the same height', plain);
}

async function heap(page: Page): Promise<Figure> {
  await openProjects(page);
  await longestScrollFrame(page, GRID, 60);
  const grid = await heapMb(page);
  await page.goto(`${SHELL_ORIGIN}/bench-baseline`);
  await plainTable(page);
  return figure('grid.rendererHeapMb', grid, 'MB', 'plain HTML table page of the same 100 rows', await heapMb(page));
}

/** The Projects grid over 100,000 projects in the Chromium shell: load, sort, filter, edit, scroll, memory. */
export const gridBench: BenchCase = {
  name: 'grid',
  async run() {
    const tmp = benchDir();
    const shell = await startChromiumShell({
      distDir,
      workspace: await workspaceWith100kProjects(tmp.dir),
      sample: false,
      userDataDir: join(tmp.dir, 'user-data'),
      headless: true,
      profile: join(tmp.dir, 'profile'),
      viewport: { width: 1280, height: 800 },
    });
    try {
      await shell.context.addInitScript(FIRST_ROWS_SCRIPT);
      const { page } = shell;
      const steps = { firstPaint, sort, filter, edits, scroll, heap };
      const figures: Figure[] = [];
      for (const [name, step] of Object.entries(steps)) {
        try {
          figures.push(await step(page));
        } catch (err) {
          throw new Error(`${name}: ${(err as Error).message}`, { cause: err });
        }
      }
      return figures;
    } finally {
      await shell.close();
      tmp.remove();
    }
  },
};
