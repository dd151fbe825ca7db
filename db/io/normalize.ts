/**
 * Header and enum matching ignores case, accents, spaces and punctuation, so "Capex (low)",
 * "capex_low" and "CAPEX LOW" are the same column, and "Şirkət" matches "sirket".
 */
export const normalizeKey = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** Names of records match ignoring case and spacing only: accents can tell two organisations apart. */
export const normalizeName = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Files repeat the same few spellings on every row; remembering them saves normalising each again. */
export function memoize<T>(read: (text: string) => T, max = 10_000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined && !seen.has(text)) {
      value = read(text);
      if (seen.size < max) seen.set(text, value);
    }
    return value as T;
  };
}
