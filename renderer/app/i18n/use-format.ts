import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormat, type Format } from './format';
import { localeOf } from './i18n';

/** Formatting for the current UI language; changes when the analyst switches language. */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n);
  return useMemo(() => createFormat(locale, i18n.getFixedT(locale)), [i18n, locale]);
}
