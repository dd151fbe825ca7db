import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormat, type Format } from './format';
import { formatOptionsOf } from './format-options';
import { localeOf } from './i18n';

/** Formatting for the current UI language and the analyst's number and date settings; follows changes to either. */
export function useFormat(): Format {
  // useTranslation renders again on a language change and on formatsChanged (see createI18n).
  const { i18n } = useTranslation();
  const locale = localeOf(i18n);
  const { numberFormat, dateFormat } = formatOptionsOf(i18n);
  return useMemo(() => createFormat(locale, i18n.getFixedT(locale), { numberFormat, dateFormat }), [i18n, locale, numberFormat, dateFormat]);
}
