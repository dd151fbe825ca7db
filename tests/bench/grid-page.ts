import type { Page } from 'playwright-core';

/**
 * Measurements taken inside the page, so that no round trip to the test process counts: each
 * returns milliseconds on the page's own clock, up to the animation frame after the change appeared.
 */

/** Waits for `done()` to hold after `act()`, checking on every DOM change; resolves at the next frame. */
export function timeUntil(page: Page, act: string, done: string, timeoutMs = 20_000): Promise<number> {
  return page.evaluate(
    ([actBody, doneBody, limit]) =>
      new Promise<number>((resolve, reject) => {
        const check = new Function(`return (${doneBody})`) as () => boolean;
        const start = performance.now();
        const finish = () => requestAnimationFrame(() => resolve(performance.now() - start));
        const observer = new MutationObserver(() => {
          if (!check()) return;
          observer.disconnect();
          finish();
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`not done after ${limit} ms: ${doneBody} (${[...document.querySelectorAll('[role="columnheader"]')].map((h) => `${h.getAttribute('data-field')}=${h.getAttribute('aria-sort')}`).join(' ')})`));
        }, limit);
        (new Function(actBody) as () => void)();
        if (check()) {
          observer.disconnect();
          finish();
        }
      }),
    [act, done, timeoutMs] as const,
  );
}

/** Time from navigation start to the first frame that shows a stored row in the grid. */
export const FIRST_ROWS_SCRIPT = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[role="grid"] [role="rowheader"]')) {
      observer.disconnect();
      requestAnimationFrame(() => { window.__gridFirstRowsMs = performance.now(); });
    }
  }).observe(document, { subtree: true, childList: true });
`;

/** The baseline page: the same first 100 rows through the same bridge, as a plain HTML table. */
export function plainTable(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const bridge = (window as unknown as { clusterdesk: { invoke(m: string, i: unknown): Promise<{ ok: boolean; value: { rows: Record<string, unknown>[] } }> } })
      .clusterdesk;
    const result = await bridge.invoke('projects.list', { sort: { field: 'name', dir: 'asc' }, limit: 100 });
    const table = document.createElement('table');
    for (const row of result.value.rows) {
      const tr = table.insertRow();
      for (const field of ['name', 'country', 'category', 'stage', 'startYear', 'capex']) tr.insertCell().textContent = String(row[field] ?? '');
    }
    document.body.replaceChildren(table);
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now();
  });
}

/** Scrolls an element from top to bottom in `frames` animation frames; returns the longest frame. */
export function longestScrollFrame(page: Page, selector: string, frames: number): Promise<number> {
  return page.evaluate(
    ([sel, n]) =>
      new Promise<number>((resolve) => {
        const el = document.querySelector(sel) as HTMLElement;
        const max = el.scrollHeight - el.clientHeight;
        let frame = 0;
        let last = performance.now();
        let longest = 0;
        const step = (now: number) => {
          longest = Math.max(longest, now - last);
          last = now;
          if (frame > n) return resolve(longest);
          el.scrollTop = (max * frame) / n;
          frame++;
          requestAnimationFrame(step);
        };
        requestAnimationFrame((now) => {
          last = now;
          requestAnimationFrame(step);
        });
      }),
    [selector, frames] as const,
  );
}

/** A plain scrolled table for the scroll baseline: a tall box whose 100 rows are rewritten at each frame. */
export function plainScroller(page: Page, rows: number, rowHeight: number): Promise<void> {
  return page.evaluate(
    ([count, height]) => {
      const box = document.createElement('div');
      box.id = 'plain-scroller';
      box.style.cssText = 'height:600px;overflow:auto;position:relative';
      const spacer = document.createElement('div');
      spacer.style.height = `${count * height}px`;
      const table = document.createElement('table');
      table.style.cssText = 'position:absolute;top:0';
      for (let i = 0; i < 100; i++) for (let j = 0, tr = table.insertRow(); j < 6; j++) tr.insertCell();
      box.append(spacer, table);
      document.body.replaceChildren(box);
      box.addEventListener('scroll', () => {
        const first = Math.floor(box.scrollTop / height);
        table.style.top = `${first * height}px`;
        for (let i = 0; i < 100; i++) for (let j = 0; j < 6; j++) table.rows[i].cells[j].textContent = `Row ${first + i} cell ${j}`;
      });
    },
    [rows, rowHeight] as const,
  );
}

/** The renderer's JavaScript heap after a full collection, in MB. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];
