import type { Locale } from '../../../db/schema/enums';

export interface Format {
  number(value: number, maxFractionDigits?: number): string;
  /** A calendar year: the locale's digits, never a thousands separator. */
  year(value: number): string;
  percent(value: number): string;
  money(amount: number, currency: string | null): string;
  /** A date as precise as the source gave it: "2024", "November 2024" or "12 November 2024". */
  partialDate(value: string): string;
  timestamp(iso: string): string;
  country(code: string): string;
  language(code: string): string;
}

const PRECISION: Record<number, Intl.DateTimeFormatOptions> = {
  4: { year: 'numeric' },
  7: { year: 'numeric', month: 'long' },
  10: { year: 'numeric', month: 'long', day: 'numeric' },
};

function displayName(locale: Locale, type: 'region' | 'language', code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every number, date and name on screen goes through one locale, so a page never mixes conventions. */
export function createFormat(locale: Locale): Format {
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let f = numbers.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      numbers.set(digits, f);
    }
    return f;
  };
  const yearFormat = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    number: (value, maxFractionDigits = 2) => numberFormat(maxFractionDigits).format(value),
    year: (value) => yearFormat.format(value),
    percent: (value) => percentFormat.format(value / 100),
    money: (amount, currency) =>
      currency
        ? new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code', maximumFractionDigits: 0 }).format(amount)
        : numberFormat(0).format(amount),
    partialDate: (value) => {
      const options = PRECISION[value.length];
      const day = value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
      const date = new Date(`${day}T00:00:00Z`);
      if (!options || Number.isNaN(date.getTime())) return value;
      return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
    },
    timestamp: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
    },
    country: (code) => displayName(locale, 'region', code),
    language: (code) => displayName(locale, 'language', code),
  };
}
