import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { AppErrorShape } from '../../../db/contract/result';
import { locales } from '../../../db/schema/enums';
import { ErrorNotice } from '../../features/shared/ErrorNotice';
import { directionOf } from '../i18n/document-language';
import type { SettingsStore } from '../settings/settings-store';

/**
 * The first choice on the start screen: each language in its own name and script, so an analyst
 * finds theirs whatever language is on screen. The choice is saved in the settings at once.
 */
export function LanguageChooser({ settings }: { settings: SettingsStore }) {
  const { t, i18n } = useTranslation('app');
  const language = useStore(settings, (s) => s.settings.language);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const name = useId();
  const hintId = useId();
  return (
    <fieldset className="language-chooser" aria-describedby={hintId}>
      <legend>{t('start.languageTitle')}</legend>
      <p id={hintId} className="hint">
        {t('start.languageHint')}
      </p>
      <div className="language-options">
        {locales.map((code) => (
          <label key={code} className="language-option">
            <input
              type="radio"
              name={name}
              value={code}
              checked={language === code}
              onChange={() => void settings.getState().update({ language: code }).then(setError)}
            />
            <span lang={code} dir={directionOf(code)}>
              {i18n.getFixedT(code)('language.name')}
            </span>
          </label>
        ))}
      </div>
      {error && <ErrorNotice error={error} />}
    </fieldset>
  );
}
