import i18next, { type i18n } from 'i18next';
import { locales, type Locale } from '../../../db/schema/enums';
import { createFormat, type Format } from './format';
import { resources } from './resources';

/** A fresh i18next instance per app (and per test), with every locale bundled: nothing is fetched. */
export function createI18n(language: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...locales],
    // React escapes what it renders; escaping here too would show entities.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    react: { useSuspense: false },
  });
  // "{{count, number}}" in the catalogues uses the same separators as every other number on screen.
  const formats = new Map<Locale, Format>();
  instance.services.formatter?.add('number', (value: number, lng: string | undefined) => {
    const locale = isLocale(lng) ? lng : 'en';
    if (!formats.has(locale)) formats.set(locale, createFormat(locale, instance.getFixedT(locale)));
    return formats.get(locale)!.number(value);
  });
  return instance;
}

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (locales as readonly string[]).includes(value);

/** The UI language of an instance, narrowed to the locales the app ships. */
export const localeOf = (instance: i18n): Locale => (isLocale(instance.language) ? instance.language : 'en');
