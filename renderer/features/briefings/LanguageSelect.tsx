import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '../../../db/schema/enums';
import { Field } from './Field';

/** Each language named in itself, as a language picker should. */
export function useLanguageNames(): Record<Locale, string> {
  const { i18n } = useTranslation();
  return Object.fromEntries(locales.map((l) => [l, i18n.getFixedT(l)('language.name')])) as Record<Locale, string>;
}

/** A briefing's language (that of the draft, or of one export), picked from the app's languages. */
export function LanguageSelect({ id, label, value, onChange }: { id: string; label: string; value: Locale; onChange: (language: Locale) => void }) {
  const languages = useLanguageNames();
  return (
    <Field id={id} label={label}>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Locale)}>
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {languages[l]}
          </option>
        ))}
      </select>
    </Field>
  );
}
