import type { Locale } from '../../db/schema/enums';

/** First-strong isolate and its end: text inside cannot reorder the text around it, whatever it holds. */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * A CSS string literal holding any text. Every character other than letters, digits and spaces is
 * written as a hex escape, so no quote, backslash or line break in a name can end the string.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) out += /^[\p{L}\p{N} ]$/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  return `${out}"`;
}

export interface PageMarks {
  title: string;
  marking: string;
  date: string;
  language: Locale;
}

const PAGE_NUMBER = 'counter(page) " / " counter(pages)';

/**
 * The running header and footer of every printed page, drawn by the page itself in CSS page-margin
 * boxes (print.css) with the app's own fonts. Chromium's headerTemplate and footerTemplate are laid
 * out apart from the page, with system fonts only: on a machine without Noto they print Arabic and
 * Azerbaijani letters in whatever font the system has, or not at all. The texts reach the @page
 * rules as custom properties on the root element; start and end sides swap for right-to-left.
 */
export function applyPageMarks({ title, marking, date, language }: PageMarks, root: HTMLElement = document.documentElement): void {
  const rtl = language === 'ar';
  const isolated = (s: string) => cssString(`${FSI}${s}${PDI}`);
  const start = { top: isolated(title), bottom: isolated(date) };
  const end = { top: isolated(marking), bottom: PAGE_NUMBER };
  const [left, right] = rtl ? [end, start] : [start, end];
  root.style.setProperty('--cd-top-left', left.top);
  root.style.setProperty('--cd-top-right', right.top);
  root.style.setProperty('--cd-bottom-left', left.bottom);
  root.style.setProperty('--cd-bottom-right', right.bottom);
  root.style.setProperty('--cd-bottom-center', isolated(marking));
}
