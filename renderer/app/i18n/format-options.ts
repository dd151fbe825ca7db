import type { i18n } from 'i18next';
import type { Settings } from '../../../db/schema/settings';

/** The analyst's choice of separators and date style (Settings), on top of the language's own conventions. */
export type FormatOptions = Pick<Settings, 'numberFormat' | 'dateFormat'>;

export const localeFormatOptions: FormatOptions = { numberFormat: 'locale', dateFormat: 'locale' };

/** The i18next event that makes every useTranslation() caller render again, as a language change does. */
export const FORMATS_CHANGED = 'formatsChanged';

// Keyed by the instance's options object: react-i18next hands components a proxy of the instance,
// but the proxy returns the instance's own options object, so both find the same entry.
const byInstance = new WeakMap<object, FormatOptions>();

export const formatOptionsOf = (instance: i18n): FormatOptions => byInstance.get(instance.options) ?? localeFormatOptions;

/** Sets the formats an instance uses; views redraw only when something changed. */
export function applyFormatOptions(instance: i18n, options: FormatOptions): void {
  const current = formatOptionsOf(instance);
  if (current.numberFormat === options.numberFormat && current.dateFormat === options.dateFormat) return;
  byInstance.set(instance.options, { numberFormat: options.numberFormat, dateFormat: options.dateFormat });
  instance.emit(FORMATS_CHANGED);
}
