import type { Locale } from '../../../db/schema/enums';

export const directionOf = (language: Locale): 'rtl' | 'ltr' => (language === 'ar' ? 'rtl' : 'ltr');

/** The page's lang and dir follow the UI language, so Arabic mirrors the whole layout. */
export function applyDocumentLanguage(language: Locale, root: HTMLElement = document.documentElement): void {
  root.lang = language;
  root.dir = directionOf(language);
}
