import type { OutlineItem } from './pdf-structure';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * Whether an outline item is the heading "N. Title". Chromium's outline titles are not always the
 * heading's text as written: a right-to-left heading has its words in visual order ("1. التعريفية
 * البيانات"), and a heading moved to the next page by break-after: avoid has its text doubled
 * ("4. AgreementsAgreements"). So: the same number first, and every word of the title in it.
 */
function isHeading(item: OutlineItem, title: string): boolean {
  const [number, ...rest] = words(title);
  return number !== undefined && item.title.trimStart().startsWith(number) && rest.every((w) => item.title.includes(w));
}

/**
 * The page of each contents entry, found in the PDF's outline: Chromium makes an outline item for
 * every heading, in document order. Entries are matched in order, so a title used twice takes the
 * next item; an entry not found gets no number, never a wrong one.
 */
export function tocNumbers(outline: readonly OutlineItem[], titles: readonly string[]): (number | null)[] {
  let from = 0;
  return titles.map((title) => {
    const at = outline.findIndex((item, i) => i >= from && isHeading(item, title));
    if (at < 0) return null;
    from = at + 1;
    return outline[at].page;
  });
}

export const samePages = (a: readonly (number | null)[], b: readonly (number | null)[]) => a.length === b.length && a.every((n, i) => n === b[i]);
