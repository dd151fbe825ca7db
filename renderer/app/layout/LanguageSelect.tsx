import { useTranslation } from 'react-i18next';
import { locales } from '../../../db/schema/enums';
import { isLocale, localeOf } from '../i18n/i18n';
import { saveLanguage } from '../i18n/language-preference';

/** Each language is offered in its own name, so an analyst can find theirs whatever is on screen. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  return (
    <select
      className="language-select"
      aria-label={t('app.language')}
      value={localeOf(i18n)}
      onChange={(e) => {
        const language = e.target.value;
        if (!isLocale(language)) return;
        saveLanguage(language);
        void i18n.changeLanguage(language);
      }}
    >
      {locales.map((code) => (
        <option key={code} value={code} lang={code}>
          {i18n.getFixedT(code)('language.name')}
        </option>
      ))}
    </select>
  );
}
