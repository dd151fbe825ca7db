import type { Locale } from '../../../db/schema/enums';
import { isLocale } from './i18n';

const KEY = 'clusterdesk.language';

/** The language chosen last time on this machine; English until the analyst picks another. */
export function readLanguage(storage: Storage = localStorage): Locale {
  try {
    const saved = storage.getItem(KEY);
    return isLocale(saved) ? saved : 'en';
  } catch {
    return 'en';
  }
}

export function saveLanguage(language: Locale, storage: Storage = localStorage): void {
  try {
    storage.setItem(KEY, language);
  } catch {
    // Storage can be unavailable (private profile, quota); the choice then lasts for this session only.
  }
}
