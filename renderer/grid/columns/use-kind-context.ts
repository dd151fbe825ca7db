import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../app/i18n/i18n';
import { useFormat } from '../../app/i18n/use-format';
import type { ReferenceCache } from '../data/references';
import type { KindContext } from './context';

/** The context cell kinds read and write in: the current language, and the table's record names. */
export function useKindContext(references: ReferenceCache): KindContext {
  const { t, i18n } = useTranslation();
  const { t: tGrid } = useTranslation('grid');
  const format = useFormat();
  const locale = localeOf(i18n);
  return useMemo(
    () => ({
      locale,
      t,
      tEnglish: i18n.getFixedT('en'),
      format,
      separators: { decimal: t('format.decimalSeparator'), group: t('format.groupSeparator') },
      references,
      loadingText: tGrid('cell.loading'),
    }),
    [locale, t, tGrid, i18n, format, references],
  );
}
