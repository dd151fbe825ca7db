import { memoize, normalizeKey } from './normalize';

/** Country names are recognised in the app's languages, as analysts type them in their own. */
const NAME_LANGUAGES = ['en', 'ru', 'az', 'ar'] as const;
const A = 'A'.charCodeAt(0);
/** Codes ICU names that are not countries: the EU, the UN, the euro area and user-assigned ranges (Kosovo's XK is kept). */
const NOT_COUNTRIES = /^(?:AA|EU|EZ|UN|ZZ|Q[M-Z]|X[A-JL-Z])$/;

let byKey: Map<string, string> | null = null;

/** Every ISO 3166-1 alpha-2 code ICU names, keyed by the code and by its name in each language. */
function index(): Map<string, string> {
  if (byKey) return byKey;
  const map = new Map<string, string>();
  const names = NAME_LANGUAGES.map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      if (NOT_COUNTRIES.test(code) || !names[0].of(code)) continue;
      map.set(normalizeKey(code), code);
      for (const dn of names) {
        const name = dn.of(code);
        if (name && !map.has(normalizeKey(name))) map.set(normalizeKey(name), code);
      }
    }
  }
  byKey = map;
  return map;
}

/** The ISO code for a code or a country name ("az", "Azerbaijan", "Азербайджан"), or null. */
export const countryCode = memoize((text: string): string | null => index().get(normalizeKey(text)) ?? null);
