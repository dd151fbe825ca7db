import { message } from '../model/messages';
import type { ColumnKind } from './types';

interface Options {
  multiline?: boolean;
  /** Codes are stored in one case (currency "USD", language "en"), whatever the analyst types. */
  letterCase?: 'upper' | 'lower';
}

/** Free text; empty text clears the cell. */
export function textKind(options: Options = {}): ColumnKind {
  const norm = (s: string) => (options.letterCase === 'upper' ? s.toUpperCase() : options.letterCase === 'lower' ? s.toLowerCase() : s);
  return {
    name: 'text',
    display: (v) => (v == null ? '' : String(v)),
    toText: (v) => (v == null ? '' : String(v)),
    parse: (text) => {
      const s = options.letterCase ? text.trim() : text;
      if (s.trim() === '') return { ok: true, value: null };
      return s.length > 20_000 ? { ok: false, error: message('tooLong', { max: 20_000 }) } : { ok: true, value: norm(s) };
    },
    multiline: options.multiline,
    filter: 'contains',
  };
}
