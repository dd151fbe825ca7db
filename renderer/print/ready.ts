import { printStatus } from '../../db/contract/print-route';
import type { AppErrorShape } from '../../db/contract/result';

/**
 * Nothing here waits for a frame: headless Chromium draws a tab that is not the front one once a
 * second, and a print page is often not in front. React has committed by the time an effect runs,
 * recharts draws its SVG in that commit, and page.pdf() lays the page out for print itself.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Charts are drawn once each has its SVG surface; recharts may take a frame or two after mounting. */
async function chartsDrawn(root: ParentNode, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const charts = [...root.querySelectorAll('[data-chart]')];
    if (charts.every((c) => c.querySelector('svg.recharts-surface'))) return;
    if (performance.now() > deadline) throw new Error(`${charts.length} charts were not drawn in time.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Tells the printer the page is ready for `hash`: data loaded and rendered, fonts loaded (preloaded
 * while the data came) and every chart drawn.
 */
export async function markReady(hash: string, body: HTMLElement = document.body): Promise<void> {
  await nextTask();
  await document.fonts.ready;
  await chartsDrawn(body, 10_000);
  body.dataset[printStatus.readyFor] = hash;
  body.dataset[printStatus.ready] = 'true';
}

export function clearReady(body: HTMLElement = document.body): void {
  delete body.dataset[printStatus.ready];
  delete body.dataset[printStatus.readyFor];
  delete body.dataset[printStatus.error];
  delete body.dataset[printStatus.errorCode];
}

/** The briefing cannot be printed: the printer stops at once with this message instead of waiting. */
export function markFailed(error: AppErrorShape, body: HTMLElement = document.body): void {
  body.dataset[printStatus.errorCode] = error.code;
  body.dataset[printStatus.error] = error.message;
}
