import i18next, { type i18n } from 'i18next';
import { locales, type Locale } from '../../../db/schema/enums';
import { createFormat, type Format } from './format';
import { FORMATS_CHANGED, formatOptionsOf } from './format-options';
import { namespaces, resources } from './resources';

/** A fresh i18next instance per app (and per test), with every locale bundled: nothing is fetched. */
export function createI18n(language: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    ns: namespaces,
    defaultNS: 'translation',
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...locales],
    // React escapes what it renders; escaping here too would show entities.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    // Views show numbers and dates in the analyst's chosen formats, so they redraw when those change too.
    react: { useSuspense: false, bindI18n: `languageChanged ${FORMATS_CHANGED}` },
  });
  // "{{count, number}}" in the catalogues uses the same separators as every other number on screen.
  const formats = new Map<string, Format>();
  instance.services.formatter?.add('number', (value: number, lng: string | undefined) => {
    const locale = isLocale(lng) ? lng : 'en';
    const options = formatOptionsOf(instance);
    const key = `${locale}:${options.numberFormat}:${options.dateFormat}`;
    if (!formats.has(key)) formats.set(key, createFormat(locale, instance.getFixedT(locale), options));
    return formats.get(key)!.number(value);
  });
  return instance;
}

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (locales as readonly string[]).includes(value);

/** The UI language of an instance, narrowed to the locales the app ships. */
export const localeOf = (instance: i18n): Locale => (isLocale(instance.language) ? instance.language : 'en');
