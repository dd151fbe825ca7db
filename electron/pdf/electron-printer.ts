import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { windowOptions } from '../main/window-options';
import { IDLE_PRINT_HASH } from '../../db/contract/print-route';
import { factsArgs, goTo, layoutTimeout, pageFacts, pageFailure, pageState, PRINT_TIMEOUT_MS, stateArgs, type PageState } from './page-protocol';
import { createPdfPrinter, type PageFacts, type PrintPage, type WarmPrinter } from './printer';

/** The parts of a BrowserWindow the printer uses, so a test can pass a stub. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: Pick<WebContents, 'executeJavaScript' | 'printToPDF'>;
  destroy(): void;
  isDestroyed(): boolean;
}

export interface ElectronPrinterDeps {
  createWindow: (options: BrowserWindowConstructorOptions) => PrintWindow;
  preload: string;
  /** The app's entry page, app://clusterdesk/index.html. */
  entryUrl: string;
  timeoutMs?: number;
  pollMs?: number;
}

/** A4 at 96 dots per inch: the layout width the page's print styles are written for. */
const A4_PX = { width: 794, height: 1123 };

/** The main window's secure options (sandbox, isolation, preload), hidden and page-sized. */
export function printWindowOptions(preload: string): BrowserWindowConstructorOptions {
  const base = windowOptions(preload, { isDev: false });
  return { ...base, ...A4_PX, minWidth: undefined, minHeight: undefined, show: false, paintWhenInitiallyHidden: true };
}

/**
 * The Electron adapter: a hidden BrowserWindow on app://clusterdesk with the same preload as the
 * app window (so the print route reaches the store through the router like any page), waiting for
 * the page's ready flag, then webContents.printToPDF with a tagged PDF and a document outline.
 * The header and footer are the page's own (CSS margin boxes), not printToPDF's header and footer
 * templates: those are drawn outside the page, with system fonts instead of the app's. The window
 * stays loaded, hidden, for the next export.
 */
export function electronPdfPrinter(deps: ElectronPrinterDeps): WarmPrinter {
  const timeoutMs = deps.timeoutMs ?? PRINT_TIMEOUT_MS;
  const pollMs = deps.pollMs ?? 50;
  return createPdfPrinter(async (): Promise<PrintPage> => {
    const win = deps.createWindow(printWindowOptions(deps.preload));
    // The functions run in the page, so they go as source text with their argument as JSON.
    const run = <A, R>(fn: (arg: A) => R, arg: A) => win.webContents.executeJavaScript(`(${fn.toString()})(${JSON.stringify(arg)})`, true) as Promise<R>;
    let loaded: Promise<void> | null = null;
    const load = async () => {
      await (loaded ??= win.loadURL(`${deps.entryUrl}${IDLE_PRINT_HASH}`));
    };
    return {
      load,
      async show(hash) {
        await load();
        await run(goTo, stateArgs(hash));
        for (const deadline = Date.now() + timeoutMs; ; ) {
          const state: PageState = await run(pageState, stateArgs(hash));
          if (state && state.state === 'failed') throw pageFailure(state);
          if (state) return;
          if (Date.now() > deadline) throw layoutTimeout(timeoutMs / 1000);
          await new Promise((r) => setTimeout(r, pollMs));
        }
      },
      facts: () => run<typeof factsArgs, PageFacts>(pageFacts, factsArgs),
      pdf: () =>
        win.webContents.printToPDF({
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: false,
          generateTaggedPDF: true,
          generateDocumentOutline: true,
        }),
      close: async () => {
        if (!win.isDestroyed()) win.destroy();
      },
    };
  });
}
