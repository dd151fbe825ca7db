import { useEffect } from 'react';
import type { i18n } from 'i18next';
import { applyDocumentLanguage } from './document-language';
import { localeOf } from './i18n';

/** Keeps <html lang dir> in step with the UI language. */
export function useDocumentLanguage(instance: i18n): void {
  useEffect(() => {
    const apply = () => applyDocumentLanguage(localeOf(instance));
    apply();
    instance.on('languageChanged', apply);
    return () => instance.off('languageChanged', apply);
  }, [instance]);
}
