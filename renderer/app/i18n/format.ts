import type { TFunction } from 'i18next';
import type { Locale } from '../../../db/schema/enums';
import { localeFormatOptions, type FormatOptions } from './format-options';

export interface Format {
  number(value: number, maxFractionDigits?: number): string;
  /** A calendar year: never a thousands separator. */
  year(value: number): string;
  percent(value: number): string;
  money(amount: number, currency: string | null): string;
  /** A date as precise as the source gave it: "2024", "November 2024" or "12 November 2024" (ISO: "2024-11-12"). */
  partialDate(value: string): string;
  timestamp(iso: string): string;
  country(code: string): string;
  language(code: string): string;
}

type Month = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '10' | '11' | '12';

function displayName(locale: Locale, type: 'region' | 'language', code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Separators the analyst can choose over the language's own: a space that never breaks a number across lines. */
const SEPARATORS = {
  'dot-decimal': { decimal: '.', group: ',' },
  'comma-decimal': { decimal: ',', group: '\u00a0' },
} as const;

/** "2024", "2024-11" or "2024-11-12": ISO 8601 keeps only the precision the source gave. */
function isoDate(y: number, m: number | null, d: number | null): string {
  const year = String(y).padStart(4, '0');
  if (m === null) return year;
  return d === null ? `${year}-${pad2(m)}` : `${year}-${pad2(m)}-${pad2(d)}`;
}

/**
 * Numbers and dates follow the conventions written in the locale's own catalogue (separators,
 * month names, date patterns) rather than the runtime's ICU data: Chromium and Electron ship
 * without Azerbaijani formats (they print "2026 M11" and "1,234.5"), and Node ships with them,
 * so only the catalogue gives the same text in the app, the PDF and the tests. The analyst's
 * Settings may replace the separators and write dates as ISO 8601 in every language.
 */
export function createFormat(locale: Locale, t: TFunction, options: FormatOptions = localeFormatOptions): Format {
  const chosen = options.numberFormat === 'locale' ? null : SEPARATORS[options.numberFormat];
  const decimal = chosen?.decimal ?? t('format.decimalSeparator');
  const group = chosen?.group ?? t('format.groupSeparator');
  const isoDates = options.dateFormat === 'iso';
  const digits = new Map<string, Intl.NumberFormat>();
  const plain = (value: number, maxFractionDigits: number, useGrouping: boolean) => {
    const key = `${maxFractionDigits}:${useGrouping}`;
    let f = digits.get(key);
    if (!f) {
      f = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxFractionDigits, useGrouping });
      digits.set(key, f);
    }
    return f
      .formatToParts(value)
      .map((p) => (p.type === 'group' ? group : p.type === 'decimal' ? decimal : p.value))
      .join('');
  };
  const year = (value: number) => plain(value, 0, false);
  const dateOf = (y: number, m: number, d: number | null) => {
    if (isoDates) return isoDate(y, m, d);
    const month = String(m) as Month;
    if (d === null) return t('format.yearMonth', { month: t(`format.months.${month}`), year: year(y) });
    return t('format.date', { day: String(d), month: t(`format.monthsOfDate.${month}`), year: year(y) });
  };
  return {
    number: (value, maxFractionDigits = 2) => plain(value, maxFractionDigits, true),
    year,
    percent: (value) => t('format.percent', { value: plain(value, 1, true) }),
    money: (amount, currency) => (currency ? t('format.money', { value: plain(amount, 0, true), currency }) : plain(amount, 0, true)),
    partialDate: (value) => {
      const [y, m, d] = value.split('-').map(Number);
      if (!y) return value;
      if (!m) return isoDates ? isoDate(y, null, null) : t('format.year', { year: year(y) });
      return dateOf(y, m, d || null);
    },
    timestamp: (iso) => {
      const at = new Date(iso);
      if (Number.isNaN(at.getTime())) return iso;
      const date = dateOf(at.getFullYear(), at.getMonth() + 1, at.getDate());
      const time = `${pad2(at.getHours())}:${pad2(at.getMinutes())}`;
      return isoDates ? `${date} ${time}` : t('format.dateTime', { date, time });
    },
    country: (code) => displayName(locale, 'region', code),
    language: (code) => displayName(locale, 'language', code),
  };
}
