import { countryCode } from './countries';
import { parseDate } from './dates';
import { enumLabel, enumReader } from './enum-labels';
import type { FieldKind } from './fields';
import { unescapeFormula } from './formula';
import { parseNumber, type NumberFormat } from './numbers';
import { problemOf, type Problem } from './problems';
import type { Cell } from './sheet';

/** A cell turned into a field's value; null means blank, stored as "not known". */
export type Converted = { ok: true; value: unknown; warning?: Problem } | ({ ok: false } & Problem);

export interface ConvertContext {
  numberFormat: NumberFormat;
  date1904: boolean;
}

const refused = (...args: Parameters<typeof problemOf>): Converted => ({ ok: false, ...problemOf(...args) });

const blank = (cell: Cell) => cell == null || (typeof cell === 'string' && cell.trim() === '');

/** Text for a cell in a text field; numbers print without exponent or trailing zeros, as Excel shows them. */
function asText(cell: Exclude<Cell, null>): string {
  if (typeof cell === 'string') return unescapeFormula(cell).trim();
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  return cell ? 'TRUE' : 'FALSE';
}

function asNumber(cell: Exclude<Cell, null>, ctx: ConvertContext, percent: boolean): Converted {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: cell } : refused('number.notANumber', 'is not a number');
  if (typeof cell === 'boolean') return refused('number.boolean', 'is TRUE or FALSE, not a number');
  const text = percent ? cell.trim().replace(/\s*%$/, '') : cell;
  const parsed = parseNumber(text, ctx.numberFormat);
  return parsed.ok ? { ok: true, value: parsed.value, warning: parsed.warning } : parsed;
}

const readers = new Map<readonly string[], (text: string) => string | null>();
const readerFor = (values: readonly string[]) => {
  let r = readers.get(values);
  if (!r) readers.set(values, (r = enumReader(values)));
  return r;
};

const choices = (values: readonly string[]) => values.map(enumLabel).join(', ');

/** Converts one cell for one field kind; references stay names here and are resolved later. */
export function convertCell(cell: Cell, kind: FieldKind, ctx: ConvertContext): Converted {
  if (blank(cell)) return { ok: true, value: kind.type === 'enumList' ? [] : null };
  const c = cell as Exclude<Cell, null>;
  switch (kind.type) {
    case 'text':
    case 'ref':
    case 'subject':
      return { ok: true, value: asText(c) };
    case 'code':
      return { ok: true, value: kind.case === 'upper' ? asText(c).toUpperCase() : asText(c).toLowerCase() };
    case 'number':
      return asNumber(c, ctx, false);
    case 'percent':
      return asNumber(c, ctx, true);
    case 'integer':
    case 'id': {
      const n = asNumber(c, ctx, false);
      if (n.ok && !Number.isInteger(n.value)) return refused('number.notWhole', 'must be a whole number');
      return n;
    }
    case 'date': {
      if (typeof c === 'boolean') return refused('date.boolean', 'is TRUE or FALSE, not a date');
      const d = parseDate(c, ctx.date1904);
      return d.ok ? { ok: true, value: d.value } : d;
    }
    case 'country': {
      const code = countryCode(asText(c));
      return code ? { ok: true, value: code } : refused('country.unknown', 'is not a country; write a two-letter ISO code such as AZ, or the country name');
    }
    case 'enum': {
      const code = readerFor(kind.values)(asText(c));
      return code ? { ok: true, value: code } : refused('choice.notAChoice', `is not one of: ${choices(kind.values)}`, { choices: choices(kind.values) });
    }
    case 'enumList': {
      const read = readerFor(kind.values);
      const parts = asText(c).split(/[;,|/]/).map((p) => p.trim()).filter(Boolean);
      const bad = parts.filter((p) => !read(p));
      if (bad.length) {
        const values = bad.map((b) => `"${b}"`).join(', ');
        return refused('choice.notChoices', `has ${values}, not one of: ${choices(kind.values)}`, { values, count: bad.length, choices: choices(kind.values) });
      }
      return { ok: true, value: [...new Set(parts.map((p) => read(p)!))] };
    }
  }
}
