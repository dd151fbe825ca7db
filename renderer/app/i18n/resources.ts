import enTranslation from '../../locales/en/translation.json';
import azTranslation from '../../locales/az/translation.json';
import ruTranslation from '../../locales/ru/translation.json';
import arTranslation from '../../locales/ar/translation.json';
import enGrid from '../../locales/en/grid.json';
import azGrid from '../../locales/az/grid.json';
import ruGrid from '../../locales/ru/grid.json';
import arGrid from '../../locales/ar/grid.json';
import enApp from '../../locales/en/app.json';
import azApp from '../../locales/az/app.json';
import ruApp from '../../locales/ru/app.json';
import arApp from '../../locales/ar/app.json';
import enScenarios from '../../locales/en/scenarios.json';
import azScenarios from '../../locales/az/scenarios.json';
import ruScenarios from '../../locales/ru/scenarios.json';
import arScenarios from '../../locales/ar/scenarios.json';
import enBriefings from '../../locales/en/briefings.json';
import azBriefings from '../../locales/az/briefings.json';
import ruBriefings from '../../locales/ru/briefings.json';
import arBriefings from '../../locales/ar/briefings.json';
import enExport from '../../locales/en/export.json';
import azExport from '../../locales/az/export.json';
import ruExport from '../../locales/ru/export.json';
import arExport from '../../locales/ar/export.json';
import enImport from '../../locales/en/import.json';
import azImport from '../../locales/az/import.json';
import ruImport from '../../locales/ru/import.json';
import arImport from '../../locales/ar/import.json';
import enSecurity from '../../locales/en/security.json';
import azSecurity from '../../locales/az/security.json';
import ruSecurity from '../../locales/ru/security.json';
import arSecurity from '../../locales/ar/security.json';

/**
 * Every catalogue, bundled: one namespace per area of the app (renderer/locales/<lang>/<namespace>.json),
 * so features add their strings without touching each other's files.
 */
export const resources = {
  en: { translation: enTranslation, app: enApp, grid: enGrid, scenarios: enScenarios, briefings: enBriefings, import: enImport, export: enExport, security: enSecurity },
  az: { translation: azTranslation, app: azApp, grid: azGrid, scenarios: azScenarios, briefings: azBriefings, import: azImport, export: azExport, security: azSecurity },
  ru: { translation: ruTranslation, app: ruApp, grid: ruGrid, scenarios: ruScenarios, briefings: ruBriefings, import: ruImport, export: ruExport, security: ruSecurity },
  ar: { translation: arTranslation, app: arApp, grid: arGrid, scenarios: arScenarios, briefings: arBriefings, import: arImport, export: arExport, security: arSecurity },
};

export const namespaces = Object.keys(resources.en) as (keyof typeof resources.en)[];
