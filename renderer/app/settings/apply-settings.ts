import type { i18n } from 'i18next';
import type { Settings } from '../../../db/schema/settings';
import { applyFormatOptions } from '../i18n/format-options';
import { localeOf } from '../i18n/i18n';

/** Puts the analyst's language and formats into effect in one i18n instance. */
export function applySettings(instance: i18n, settings: Settings): void {
  applyFormatOptions(instance, settings);
  if (localeOf(instance) !== settings.language) void instance.changeLanguage(settings.language);
}
