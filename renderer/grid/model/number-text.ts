const DIGITS: Record<string, string> = {};
// Arabic-Indic and Eastern Arabic-Indic digits, as an Arabic keyboard or spreadsheet may produce them.
for (let d = 0; d <= 9; d++) {
  DIGITS[String.fromCharCode(0x0660 + d)] = String(d);
  DIGITS[String.fromCharCode(0x06f0 + d)] = String(d);
}

/** Spaces of every width (a no-break space groups digits in Russian and Azerbaijani), apostrophes, Arabic thousands signs. */
const GROUPING = /[\s\u00a0\u202f\u2009'\u066c]/g;
const PLAIN = /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/**
 * A number typed or pasted by an analyst, in the conventions of their language or of the spreadsheet
 * it came from: "1 234,5", "1,234.5", "1234.5", "١٢٣٫٥". When only one of "." and "," appears once,
 * it is the decimal sign unless it is the language's group sign followed by exactly three digits.
 * Returns null when the text is not a number.
 */
export function parseNumberText(text: string, separators: { decimal: string; group: string }): number | null {
  let s = text.trim().replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => DIGITS[c]).replace(/\u066b/g, '.').replace(GROUPING, '');
  s = s.replace(/^\u2212/, '-');
  if (s === '') return null;
  const dots = count(s, '.');
  const commas = count(s, ',');
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if (count(s, decimal) > 1) return null;
    s = s.split(group).join('').replace(decimal, '.');
  } else if (dots + commas > 1) {
    // The same sign several times can only group digits: "1.234.567" or "1,234,567".
    const sign = dots ? '.' : ',';
    if (!s.split(sign).slice(1).every((part) => /^\d{3}/.test(part))) return null;
    s = s.split(sign).join('');
  } else if (dots + commas === 1) {
    const sign = dots ? '.' : ',';
    const after = s.slice(s.indexOf(sign) + 1);
    const isGroup = sign === separators.group && /^\d{3}$/.test(after);
    s = isGroup ? s.replace(sign, '') : s.replace(sign, '.');
  }
  if (!PLAIN.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

const count = (s: string, c: string) => s.split(c).length - 1;

/** A number as the editor and the clipboard show it: no grouping, the language's decimal sign. */
export function numberToText(value: number, decimalSeparator: string): string {
  const s = String(value);
  return decimalSeparator === '.' ? s : s.replace('.', decimalSeparator);
}
