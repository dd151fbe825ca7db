import { isRef, PdfFile, PdfFormatError, type PdfDict, type PdfValue } from './pdf-objects';

export interface OutlineItem {
  title: string;
  /** 1-based page the item points at; null when its destination is not a page of this file. */
  page: number | null;
  depth: number;
}

export interface PdfStructure {
  pages: number;
  outline: OutlineItem[];
}

const MAX_NODES = 100_000;

/** The pages in order, as object numbers, walking the page tree from the catalog. */
function pageObjects(pdf: PdfFile, catalog: PdfDict): number[] {
  const out: number[] = [];
  const walk = (n: number, depth: number) => {
    if (depth > 64 || out.length > MAX_NODES) throw new PdfFormatError('The page tree is too deep.');
    const node = pdf.dict({ ref: n });
    const kids = node.get('Kids');
    if (!Array.isArray(kids)) {
      out.push(n);
      return;
    }
    for (const kid of kids) if (isRef(kid)) walk(kid.ref, depth + 1);
  };
  walk(pdf.ref('Pages', catalog), 0);
  return out;
}

/** The document outline (bookmarks) in reading order, each with the page it opens. */
function outline(pdf: PdfFile, catalog: PdfDict, pageOf: Map<number, number>): OutlineItem[] {
  const root = catalog.get('Outlines');
  if (!isRef(root)) return [];
  const items: OutlineItem[] = [];
  const walk = (first: PdfValue | undefined, depth: number) => {
    for (let at = first, guard = 0; isRef(at) && guard < MAX_NODES; guard++) {
      const node = pdf.dict(at);
      const dest = pdf.resolve(node.get('Dest'));
      const target = Array.isArray(dest) && isRef(dest[0]) ? dest[0].ref : null;
      const title = node.get('Title');
      items.push({ title: typeof title === 'string' ? title : '', page: target === null ? null : (pageOf.get(target) ?? null), depth });
      walk(node.get('First'), depth + 1);
      at = node.get('Next');
    }
  };
  walk(pdf.dict(root).get('First'), 0);
  return items;
}

/** How many pages a PDF has and where its outline points: enough to number a table of contents. */
export function readStructure(bytes: Uint8Array): PdfStructure {
  const pdf = new PdfFile(bytes);
  const catalog = pdf.dict(pdf.trailer.get('Root'));
  const pages = pageObjects(pdf, catalog);
  const pageOf = new Map(pages.map((n, i) => [n, i + 1]));
  return { pages: pages.length, outline: outline(pdf, catalog, pageOf) };
}
