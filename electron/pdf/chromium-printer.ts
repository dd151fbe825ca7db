import type { BrowserContext, Page } from 'playwright-core';
import { IDLE_PRINT_HASH } from '../../db/contract/print-route';
import { factsArgs, goTo, layoutTimeout, pageFacts, pageFailure, pageState, PRINT_TIMEOUT_MS, stateArgs } from './page-protocol';
import { createPdfPrinter, type PrintPage, type WarmPrinter } from './printer';

/**
 * Waits until the page has laid out `hash` or failed. A script error in the page ends the wait at
 * once with its message.
 */
async function waitForPage(page: Page, hash: string, timeoutMs: number, crashed: Promise<never>): Promise<void> {
  let state;
  try {
    // Polled on a timer, not on frames: a print page that is not the front tab gets one frame a second.
    state = await Promise.race([(await page.waitForFunction(pageState, stateArgs(hash), { timeout: timeoutMs, polling: 20 })).jsonValue(), crashed]);
  } catch (err) {
    if ((err as Error).name === 'TimeoutError') throw layoutTimeout(timeoutMs / 1000);
    throw err;
  }
  if (state && state.state === 'failed') throw pageFailure(state);
}

/**
 * The Chromium adapter: a page in a browser context that serves the app (the running Chromium
 * shell's, or a headless one the command line starts), laid out at the print route and printed
 * with page.pdf().
 */
export function chromiumPdfPrinter(context: BrowserContext, origin: string, timeoutMs = PRINT_TIMEOUT_MS): WarmPrinter {
  return createPdfPrinter(async (): Promise<PrintPage> => {
    // The new page becomes the front tab; the app's window goes back to the front, or headless
    // Chromium would draw it once a second and the analyst's clicks would wait for its frames.
    const front = context.pages()[0];
    const page = await context.newPage();
    await front?.bringToFront();
    const crashed = new Promise<never>((_, reject) =>
      page.once('pageerror', (err) => reject(pageFailure({ code: 'INTERNAL', message: `The briefing could not be laid out for printing: ${err.message}` }))),
    );
    crashed.catch(() => {});
    let loaded: Promise<unknown> | null = null;
    const load = async () => {
      await (loaded ??= page.goto(`${origin}/index.html${IDLE_PRINT_HASH}`));
    };
    return {
      load,
      async show(hash) {
        await load();
        await page.evaluate(goTo, stateArgs(hash));
        await waitForPage(page, hash, timeoutMs, crashed);
      },
      facts: () => page.evaluate(pageFacts, factsArgs),
      pdf: () => page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true }),
      close: () => page.close(),
    };
  });
}
