import { useTranslation } from 'react-i18next';

/**
 * Charts read in the direction of the language: in Arabic the years run from right to left (the
 * x axis reversed) and the value axis stands on the right, where a reader's eye starts.
 */
export function useChartDirection() {
  const { i18n } = useTranslation();
  const rtl = i18n.dir(i18n.language) === 'rtl';
  return { rtl, reversed: rtl, valueAxis: rtl ? ('right' as const) : ('left' as const) };
}
