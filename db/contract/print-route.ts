import type { Locale } from '../schema/enums';

/**
 * How a shell asks the renderer to lay a briefing out for printing, and how the page answers: the
 * print route's address, and the data attributes the page sets on <body> once it is ready or has
 * failed. Both shells and the renderer read these from here, so they cannot drift apart.
 */
export interface PrintRoute {
  id: number;
  language: Locale | null;
  /** Page numbers of the contents entries, in order; null prints no table of contents. */
  toc: (number | null)[] | null;
  /**
   * Which export this is: a page kept loaded between exports reads the data again for each one,
   * even of the same briefing, and not for the second print of the same export (its contents).
   */
  job?: number | null;
}

export const printHash = ({ id, language, toc, job }: PrintRoute): string => {
  const params = new URLSearchParams();
  if (language) params.set('lang', language);
  if (job != null) params.set('job', String(job));
  if (toc) params.set('toc', toc.map((n) => (n === null ? '' : String(n))).join('.'));
  const query = params.toString();
  return `#/print/${id}${query ? `?${query}` : ''}`;
};

/**
 * A print page waiting for work: the app is loaded at the print route with no briefing, so the
 * next export only changes the address. Printing from a warm page saves loading the app each time.
 */
export const IDLE_PRINT_HASH = '#/print/';

/** The data attributes on <body>: dataset.printReady === 'true' once every chart is drawn. */
export const printStatus = {
  /** 'true' when the page for `printFor` is laid out, its fonts loaded and its charts drawn. */
  ready: 'printReady',
  /** The hash the page was ready for: a printer that changed the hash waits for its own. */
  readyFor: 'printFor',
  /** Set instead of ready when the briefing cannot be printed: the store's message and code. */
  error: 'printError',
  errorCode: 'printErrorCode',
  /** PDF metadata the page knows: author, subject, keywords (the marking). The title is document.title. */
  author: 'pdfAuthor',
  subject: 'pdfSubject',
  keywords: 'pdfKeywords',
} as const;

/** The attribute that marks a heading listed in the table of contents; its text is the outline title. */
export const TOC_ENTRY_ATTRIBUTE = 'data-toc-entry';

/** More pages than this, and the briefing gets a table of contents after its cover. */
export const TOC_FROM_PAGES = 4;
