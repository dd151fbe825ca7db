import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../model/messages';

/** Says a grid message in the analyst's language; a cell line names the row and column before it. */
export function useMessageText(): (m: Message) => string {
  const { t } = useTranslation('grid');
  // One function per language, so the rows that take it as a prop are not redrawn for nothing.
  return useMemo(() => {
    const say = (m: Message): string => {
      if (m.code === 'cellLine') {
        const { row, column, code, ...params } = m.params ?? {};
        const text = say({ code: String(code), params });
        return row === '' ? t('cellLineNoRow', { column, message: text }) : t('cellLine', { row, column, message: text });
      }
      return String(t(`messages.${m.code}` as 'messages.invalid', { ...m.params, defaultValue: t('messages.invalid') }));
    };
    return say;
  }, [t]);
}
