import { numberToText, parseNumberText } from '../model/number-text';
import { message } from '../model/messages';
import type { KindContext } from './context';
import type { ColumnKind, Parsed, Row } from './types';

interface Options {
  integer?: boolean;
  /** How the value reads in its cell: with its unit or currency, grouped by the language. */
  display?: (value: number, row: Row | undefined) => string;
}

function parseNumberCell(ctx: KindContext, text: string, integer: boolean): Parsed {
  const s = text.trim().replace(/\s*%$/, '');
  if (s === '') return { ok: true, value: null };
  const value = parseNumberText(s, ctx.separators);
  if (value === null) return { ok: false, error: message('notANumber') };
  if (integer && !Number.isInteger(value)) return { ok: false, error: message('wholeNumber') };
  return { ok: true, value };
}

/** A number; typed and pasted in the language's conventions or a spreadsheet's ("1 234,5", "1,234.5"). */
export function numberKind(ctx: KindContext, options: Options = {}): ColumnKind {
  return {
    name: 'number',
    display: (v, row) => (typeof v !== 'number' ? '' : options.display ? options.display(v, row) : ctx.format.number(v, options.integer ? 0 : 2)),
    toText: (v) => (typeof v === 'number' ? numberToText(v, ctx.separators.decimal) : ''),
    parse: (text) => parseNumberCell(ctx, text, options.integer ?? false),
    numeric: true,
    filter: 'range',
  };
}

/** A calendar year: a whole number, never grouped ("2030", not "2,030"). */
export function yearKind(ctx: KindContext): ColumnKind {
  return {
    name: 'year',
    display: (v) => (typeof v === 'number' ? ctx.format.year(v) : ''),
    toText: (v) => (typeof v === 'number' ? ctx.format.year(v) : ''),
    parse: (text) => {
      const parsed = parseNumberCell(ctx, text, true);
      return parsed.ok ? parsed : { ok: false, error: message('notAYear') };
    },
    numeric: true,
    filter: 'range',
  };
}
