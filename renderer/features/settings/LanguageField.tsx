import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '../../../db/schema/enums';
import { isLocale } from '../../app/i18n/i18n';

/** The language of the interface and of new documents, each offered in its own name. */
export function LanguageField({ value, onChange }: { value: Locale; onChange: (language: Locale) => void }) {
  const { t, i18n } = useTranslation('app');
  const id = useId();
  return (
    <div className="settings-field">
      <label htmlFor={id}>{t('settings.language')}</label>
      <select id={id} value={value} onChange={(e) => isLocale(e.target.value) && onChange(e.target.value)}>
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {i18n.getFixedT(code)('language.name')}
          </option>
        ))}
      </select>
    </div>
  );
}
