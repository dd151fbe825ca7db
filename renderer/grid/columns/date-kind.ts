import { parsePartialDateText } from '../model/partial-date-text';
import { message } from '../model/messages';
import type { KindContext } from './context';
import type { ColumnKind } from './types';

/** A date as precise as the source: a year, a month or a day; stored and copied as ISO text. */
export function partialDateKind(ctx: KindContext): ColumnKind {
  return {
    name: 'date',
    display: (v) => (typeof v === 'string' ? ctx.format.partialDate(v) : ''),
    toText: (v) => (typeof v === 'string' ? v : ''),
    parse: (text) => {
      if (text.trim() === '') return { ok: true, value: null };
      const value = parsePartialDateText(text);
      return value === null ? { ok: false, error: message('notADate') } : { ok: true, value };
    },
    filter: 'contains',
  };
}
