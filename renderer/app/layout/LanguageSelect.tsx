import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { locales } from '../../../db/schema/enums';
import { isLocale } from '../i18n/i18n';
import type { SettingsStore } from '../settings/settings-store';

/** Each language is offered in its own name, so an analyst can find theirs whatever is on screen. The choice is saved in the settings. */
export function LanguageSelect({ settings }: { settings: SettingsStore }) {
  const { t, i18n } = useTranslation();
  const language = useStore(settings, (s) => s.settings.language);
  return (
    <select
      className="language-select"
      aria-label={t('app.language')}
      value={language}
      onChange={(e) => {
        const chosen = e.target.value;
        // A file that cannot be written keeps the choice for this window; the Settings screen says why.
        if (isLocale(chosen)) void settings.getState().update({ language: chosen });
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
