import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  /** The page's text in content order, items joined as pdf.js gives them (one space between lines). */
  text: string;
  /** The same text with every white space removed, for finding strings that wrap across lines. */
  compact: string;
}

export interface PdfRead {
  pages: PdfPage[];
  info: Record<string, unknown>;
  /** Names of the fonts the pages use, as embedded (e.g. "AAAAAA+NotoSans-Regular"). */
  fonts: string[];
  outline: string[];
}

/**
 * The fonts embedded in a PDF, by poppler's pdffonts: its table lists each font with whether it is
 * embedded. pdf.js gives font names only once a page is rendered to a canvas.
 */
function embeddedFonts(file: string): string[] {
  const table = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2);
  return table
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length > 4 && cols[cols.length - 5] === 'yes')
    .map((cols) => cols[0]);
}

/** Reads a PDF back with pdf.js: the text of each page, the document information, fonts and outline. */
export async function readPdf(file: string): Promise<PdfRead> {
  const task = getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      pages.push({ text, compact: text.replace(/\s+/g, '') });
    }
    const { info } = await doc.getMetadata();
    const outline = ((await doc.getOutline()) ?? []).flatMap(function walk(item): string[] {
      return [item.title, ...(item.items ?? []).flatMap(walk)];
    });
    return { pages, info: info as Record<string, unknown>, fonts: embeddedFonts(file), outline };
  } finally {
    await task.destroy();
  }
}
