import { printHash, TOC_FROM_PAGES, type PrintRoute } from '../../db/contract/print-route';
import type { Locale } from '../../db/schema/enums';
import { checkFolder, writeAtomically, type WriteIo } from './atomic-write';
import { withMetadata, type PdfMeta } from './pdf-info';
import { readStructure } from './pdf-structure';
import { samePages, tocNumbers } from './toc-numbers';

export interface PrintResult {
  pages: number;
  bytes: number;
}

/** The port both shells implement: print a saved briefing, in a language, to a file. */
export interface PdfPrinter {
  print(briefingId: number, language: Locale, outFile: string): Promise<PrintResult>;
}

/** A printer that keeps a print page loaded between exports. */
export interface WarmPrinter extends PdfPrinter {
  /** Loads a print page ahead of the first export, so that one does not wait for the app to load. */
  prewarm(): Promise<void>;
  close(): Promise<void>;
}

/** What the page reports about itself: the PDF metadata and the titles its contents list. */
export interface PageFacts extends PdfMeta {
  tocTitles: string[];
}

/**
 * The print route open in a shell's page: Chromium's page.pdf() or Electron's printToPDF behind the
 * same calls. `load` loads the app at the idle print address; `show` moves to an address (loading
 * first if need be) and resolves once the page says it is ready there, or rejects with the page's
 * own message when the briefing cannot be printed.
 */
export interface PrintPage {
  load(): Promise<void>;
  show(hash: string): Promise<void>;
  facts(): Promise<PageFacts>;
  pdf(): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Passes beyond the first that may renumber the contents: a second pass fixes a contents list longer than one page. */
const MAX_TOC_PASSES = 3;

/**
 * The printer both adapters share. It prints once; a document of TOC_FROM_PAGES pages or more is
 * printed again with a table of contents whose page numbers come from the first print's outline
 * (shifted by the contents page, then checked against the next print). The result gets its
 * metadata and is written whole to the file, or not at all. One print page is kept loaded for the
 * next export; a page that failed is closed, and exports at the same time each get a page.
 */
export function createPdfPrinter(openPage: () => Promise<PrintPage>, io?: WriteIo): WarmPrinter {
  let idle: Promise<PrintPage> | null = null;
  let jobs = 0;
  const take = () => {
    const page = idle ?? openPage();
    idle = null;
    return page;
  };
  const giveBack = async (page: PrintPage, healthy: boolean) => {
    if (healthy && !idle) idle = Promise.resolve(page);
    else await page.close().catch(() => {});
  };
  return {
    async prewarm() {
      if (idle) return;
      const loading = openPage().then(async (page) => {
        await page.load();
        return page;
      });
      idle = loading;
      await loading.catch(() => {
        if (idle === loading) idle = null;
      });
    },
    async close() {
      const page = idle;
      idle = null;
      if (page) await (await page.catch(() => null))?.close().catch(() => {});
    },
    async print(briefingId, language, outFile) {
      await checkFolder(outFile);
      const page = await take();
      let healthy = false;
      try {
        const route: PrintRoute = { id: briefingId, language, toc: null, job: ++jobs };
        await page.show(printHash(route));
        let pdf = await page.pdf();
        let structure = readStructure(pdf);
        const facts = await page.facts();
        if (structure.pages >= TOC_FROM_PAGES && facts.tocTitles.length > 0) {
          let numbers = tocNumbers(structure.outline, facts.tocTitles).map((n) => (n === null ? null : n + 1));
          for (let pass = 0; pass < MAX_TOC_PASSES; pass++) {
            await page.show(printHash({ ...route, toc: numbers }));
            pdf = await page.pdf();
            structure = readStructure(pdf);
            const actual = tocNumbers(structure.outline, facts.tocTitles);
            if (samePages(actual, numbers)) break;
            numbers = actual;
          }
        }
        healthy = true;
        const bytes = withMetadata(pdf, facts);
        await writeAtomically(outFile, bytes, io);
        return { pages: structure.pages, bytes: bytes.length };
      } finally {
        await giveBack(page, healthy);
      }
    },
  };
}
