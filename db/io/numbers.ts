import type { Locale } from '../schema';
import { problemOf, type Problem } from './problems';

/**
 * The number format the analyst declares for a file. With a decimal point, "," and spaces group
 * thousands (1,234.5 or 1 234.5); with a decimal comma, "." and spaces do (1.234,5 or 1 234,5).
 * Spaces may be ordinary, no-break (U+00A0), narrow no-break (U+202F) or thin (U+2009).
 */
export const numberFormats = ['decimal-point', 'decimal-comma'] as const;
export type NumberFormat = (typeof numberFormats)[number];

export const numberFormatLabels: Record<NumberFormat, string> = {
  'decimal-point': '1,234.5',
  'decimal-comma': '1.234,5 or 1 234,5',
};

/** The usual format for the app's languages: Azerbaijani and Russian write a decimal comma. */
export const numberFormatFor = (locale: Locale): NumberFormat => (locale === 'az' || locale === 'ru' ? 'decimal-comma' : 'decimal-point');

/** A value read with a warning says how it was read; a value refused says why. */
export type ParsedNumber = { ok: true; value: number; warning?: Problem } | ({ ok: false } & Problem);

const SPACES = /[ \u00a0\u202f\u2009]/g;
/** Digits alone read the same in every format: the common case, read without the full grammar. */
const PLAIN = /^\d{1,15}$/;
const MINUS = /^[-\u2212]/;

const signs = (format: NumberFormat) => (format === 'decimal-point' ? { decimal: '.', group: ',' } : { decimal: ',', group: '.' });

const escape = (c: string) => `\\${c}`;

/** Matches an unsigned number whose thousands are grouped by one consistent separator, or not at all. */
function grammar(format: NumberFormat): RegExp {
  const { decimal, group } = signs(format);
  const d = escape(decimal);
  const grouped = `\\d{1,3}(?:${escape(group)}\\d{3})+|\\d{1,3}(?: \\d{3})+`;
  const exponent = format === 'decimal-point' ? '|\\d+(?:\\.\\d+)?[eE][+-]?\\d+' : '';
  return new RegExp(`^(?:(?:\\d+|${grouped})(?:${d}\\d+)?|${d}\\d+${exponent})$`);
}

const GRAMMARS: Record<NumberFormat, RegExp> = { 'decimal-point': grammar('decimal-point'), 'decimal-comma': grammar('decimal-comma') };

/** "12,345" or "1.234": one separator and three digits read as thousands in one format and a fraction in the other. */
const AMBIGUOUS = /^[1-9]\d{0,2}[.,]\d{3}$/;

const ARABIC = /[\u0660-\u066c\u06f0-\u06f9]/;

/** Arabic-Indic digits and the Arabic decimal and thousands signs, to their Latin counterparts. */
function latinDigits(s: string, format: NumberFormat): string {
  if (!ARABIC.test(s)) return s;
  const { decimal, group } = signs(format);
  return s
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, decimal)
    .replace(/\u066c/g, group);
}

const other = (format: NumberFormat): NumberFormat => (format === 'decimal-point' ? 'decimal-comma' : 'decimal-point');

/**
 * Reads a number written in the declared format. A value that the other format would read
 * differently and that fits only it is refused with advice; a value both formats accept but read
 * differently ("12,345") is read in the declared format with a warning, never silently.
 */
export function parseNumber(text: string, format: NumberFormat): ParsedNumber {
  if (PLAIN.test(text)) return { ok: true, value: Number(text) };
  let s = latinDigits(text.trim(), format);
  let negative = false;
  const parens = /^\((.*)\)$/.exec(s);
  if (parens) {
    negative = true;
    s = parens[1].trim();
  } else if (MINUS.test(s) || s.startsWith('+')) {
    negative = s[0] !== '+';
    s = s.slice(1).trimStart();
  }
  const compact = s.replace(SPACES, ' ');
  const notANumber = { ok: false as const, ...problemOf('number.notANumber', 'is not a number') };
  if (compact === '') return notANumber;
  if (!GRAMMARS[format].test(compact)) {
    if (GRAMMARS[other(format)].test(compact)) {
      return {
        ok: false,
        ...problemOf(
          'number.otherFormat',
          `is written in the ${numberFormatLabels[other(format)]} format, but the file's number format is set to ${numberFormatLabels[format]}. Change the number format if the whole file uses ${numberFormatLabels[other(format)]}, or correct the value.`,
          { written: other(format), declared: format },
        ),
      };
    }
    return notANumber;
  }
  const { decimal, group } = signs(format);
  const plain = compact.replace(/ /g, '').split(group).join('').replace(decimal, '.');
  const value = (negative ? -1 : 1) * Number(plain);
  if (!Number.isFinite(value)) return notANumber;
  if (AMBIGUOUS.test(compact)) {
    const sep = compact.includes(',') ? ',' : '.';
    const meaning = sep === group ? 'separates thousands' : 'is the decimal sign';
    const otherReading = Number(compact.replace(sep, sep === group ? '.' : ''));
    const alternative = (negative ? -1 : 1) * otherReading;
    return {
      ok: true,
      value,
      warning: problemOf(
        sep === group ? 'number.ambiguousThousands' : 'number.ambiguousDecimal',
        `could mean ${value} or ${alternative}; it is read as ${value} because "${sep}" ${meaning} in the ${numberFormatLabels[format]} format. If it means ${alternative}, change the number format.`,
        { value, other: alternative, sign: sep, format },
      ),
    };
  }
  return { ok: true, value };
}
