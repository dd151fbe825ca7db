import type { TFunction } from 'i18next';
import type { Locale } from '../../../db/schema/enums';
import type { Format } from '../../app/i18n/format';
import type { ReferenceCache } from '../data/references';

/** What cell kinds need from the window: the language's labels and formats, and record names. */
export interface KindContext {
  locale: Locale;
  t: TFunction;
  /** English labels are understood in every language, as sheets often come from English templates. */
  tEnglish: TFunction;
  format: Format;
  separators: { decimal: string; group: string };
  references: ReferenceCache;
  /** Shown for a referenced record whose name is still on its way. */
  loadingText: string;
}

/**
 * The label of a code of one of the app's lists: the catalogue key is the list's key and the code,
 * "enum.projectStage" + "idea", or with a namespace, "grid:enum.subjectType" + "country".
 */
export const enumLabel = (t: TFunction, list: string, code: string): string => String(t(`${list}.${code}` as 'enum.sector.other'));
