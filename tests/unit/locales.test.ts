import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../../renderer/locales');
const namespacesOf = (locale: string) => readdirSync(join(dir, locale)).filter((f) => f.endsWith('.json')).sort();
/** Every namespace of a locale (renderer/locales/<locale>/<namespace>.json) as one tree keyed by namespace. */
const load = (locale: string) =>
  Object.fromEntries(
    namespacesOf(locale).map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, locale, file), 'utf8')) as unknown]),
  );
const LOCALES = ['az', 'ru', 'ar'] as const;
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/** "a.b.c" -> value, for every leaf; a leaf that is not a string is reported as such. */
function flatten(node: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, node);
  }
  return out;
}

const en = flatten(load('en'));
// A key is plural when English has both its _one and _other forms; every locale then needs exactly its own forms.
const pluralBases = new Set(
  [...en.keys()].map((k) => PLURAL.exec(k)).filter((m) => m !== null && en.has(`${m[1]}_one`) && en.has(`${m[1]}_other`)).map((m) => m![1]),
);

function shape(entries: Map<string, unknown>) {
  const plain = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of entries.keys()) {
    const m = PLURAL.exec(key);
    if (m && pluralBases.has(m[1])) plurals.set(m[1], (plurals.get(m[1]) ?? new Set()).add(m[2]));
    else plain.add(key);
  }
  return { plain, plurals };
}

// A no-break space alone is a real value (Russian groups digits with it), so only ordinary blanks count as empty.
const isEmpty = (value: unknown) => typeof value !== 'string' || /^[ \t\r\n]*$/.test(value);
const placeholders = (value: unknown) =>
  [...String(value).matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).filter((name) => name !== 'count').sort();
const sorted = (values: Iterable<string>) => [...values].sort();
const minus = (a: Iterable<string>, b: Set<string>) => sorted([...a].filter((x) => !b.has(x)));

const enShape = shape(en);

describe('locale catalogues', () => {
  it('English has no empty value', () => {
    expect(sorted([...en].filter(([, v]) => isEmpty(v)).map(([k]) => k))).toEqual([]);
  });

  describe.each(LOCALES)('%s', (locale) => {
    const entries = flatten(load(locale));
    const { plain, plurals } = shape(entries);

    it('has the same namespace files as English', () => {
      expect(namespacesOf(locale)).toEqual(namespacesOf('en'));
    });

    it('has exactly the keys of the English catalogues', () => {
      expect({ missing: minus(enShape.plain, plain), extra: minus(plain, enShape.plain) }).toEqual({ missing: [], extra: [] });
      const bases = new Set(plurals.keys());
      expect({ missingPlurals: minus(pluralBases, bases), extraPlurals: minus(bases, pluralBases) }).toEqual({ missingPlurals: [], extraPlurals: [] });
    });

    it(`has exactly the plural forms ${locale} needs`, () => {
      const needed = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
      const wrong = [...pluralBases].flatMap((base) => {
        const forms = plurals.get(base) ?? new Set<string>();
        return [...minus(needed, forms).map((f) => `missing ${base}_${f}`), ...minus(forms, needed).map((f) => `extra ${base}_${f}`)];
      });
      expect(wrong).toEqual([]);
    });

    it('has no empty value', () => {
      expect(sorted([...entries].filter(([, v]) => isEmpty(v)).map(([k]) => k))).toEqual([]);
    });

    it('keeps the placeholders of the English text', () => {
      const english = (key: string) => {
        const m = PLURAL.exec(key);
        return m && pluralBases.has(m[1]) ? en.get(`${m[1]}_other`) : en.get(key);
      };
      const differing = [...entries]
        .filter(([key]) => english(key) !== undefined)
        .filter(([key, value]) => placeholders(value).join() !== placeholders(english(key)).join())
        .map(([key]) => key);
      expect(differing).toEqual([]);
    });
  });
});
