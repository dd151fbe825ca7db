import enTranslation from '../../locales/en/translation.json';
import azTranslation from '../../locales/az/translation.json';
import ruTranslation from '../../locales/ru/translation.json';
import arTranslation from '../../locales/ar/translation.json';

/**
 * Every catalogue, bundled: one namespace per area of the app (renderer/locales/<lang>/<namespace>.json),
 * so features add their strings without touching each other's files.
 */
export const resources = {
  en: { translation: enTranslation },
  az: { translation: azTranslation },
  ru: { translation: ruTranslation },
  ar: { translation: arTranslation },
};

export const namespaces = Object.keys(resources.en) as (keyof typeof resources.en)[];
