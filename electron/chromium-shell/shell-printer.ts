import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import type { Locale } from '../../db/schema/enums';
import { chromiumPdfPrinter } from '../pdf/chromium-printer';
import type { WarmPrinter } from '../pdf/printer';
import type { Router } from '../router/router';
import { serveApp } from './serve-app';

export interface ShellPrinterOptions {
  origin: string;
  rendererDir: string;
  executablePath: string;
  /** The shell's own context, once it exists; a headless shell prints in it. */
  context: () => BrowserContext | undefined;
  router: () => Router;
  headless: boolean;
}

/**
 * The Chromium shell's printer. A headless shell (tests, the command line) prints in its own
 * context, with a print page loaded ahead of the first export (prewarm). A shell with a window
 * prints in a headless browser started on the first export: a page opened in the window's context
 * would flash up as a window of its own, and page.pdf() is made for headless Chromium.
 */
export function shellPrinter(options: ShellPrinterOptions): WarmPrinter {
  let offscreen: Promise<Browser> | null = null;
  let printer: Promise<WarmPrinter> | null = null;
  const printerFor = () =>
    (printer ??= (async () => {
      const own = options.context();
      if (options.headless && own) return chromiumPdfPrinter(own, options.origin);
      offscreen ??= chromium.launch({ executablePath: options.executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
      const context = await (await offscreen).newContext({ serviceWorkers: 'block', acceptDownloads: false });
      await serveApp(context, options.origin, options.rendererDir, options.router());
      return chromiumPdfPrinter(context, options.origin);
    })());
  return {
    print: async (briefingId: number, language: Locale, outFile: string) => (await printerFor()).print(briefingId, language, outFile),
    async prewarm() {
      if (options.headless) await (await printerFor()).prewarm();
    },
    async close() {
      if (printer) await (await printer).close();
      if (offscreen) await (await offscreen).close().catch(() => {});
    },
  };
}
