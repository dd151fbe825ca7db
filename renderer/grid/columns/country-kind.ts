import { message } from '../model/messages';
import { filterOptions } from './choice-match';
import type { KindContext } from './context';
import { countryOptions } from './countries';
import type { ColumnKind } from './types';

/**
 * An ISO 3166-1 alpha-2 country, shown by its name and code, "Azerbaijan (AZ)"; copied as the code,
 * which every sheet understands; typed or pasted as the code or the name in this language or English.
 */
export function countryKind(ctx: KindContext): ColumnKind {
  const options = countryOptions(ctx.locale);
  // Every way of writing each country, folded, built once: a pasted block may hold thousands of them.
  const byText = new Map<string, string>();
  for (const list of [countryOptions('en'), options]) for (const o of list) byText.set(o.label.toLocaleLowerCase(), String(o.value));
  for (const o of options) byText.set(String(o.value).toLocaleLowerCase(), String(o.value));
  // Each cell drawn while scrolling asks for its name; naming a country builds an Intl.DisplayNames, so once per code.
  const shown = new Map<string, string>();
  const display = (code: string) => {
    let text = shown.get(code);
    if (text === undefined) {
      text = `${ctx.format.country(code)} (${code})`;
      shown.set(code, text);
    }
    return text;
  };
  return {
    name: 'country',
    display: (v) => (typeof v === 'string' ? display(v) : ''),
    toText: (v) => (typeof v === 'string' ? v : ''),
    parse: (text) => {
      if (text.trim() === '') return { ok: true, value: null };
      const code = byText.get(text.trim().toLocaleLowerCase());
      return code ? { ok: true, value: code } : { ok: false, error: message('notACountry') };
    },
    suggest: (text) => filterOptions(options, text).map((o) => ({ ...o, label: `${o.label} (${o.value})` })),
    filter: 'in',
  };
}
