import type { RefTarget } from '../data/references';
import { message } from '../model/messages';
import type { KindContext } from './context';
import type { ColumnKind, Row } from './types';

/**
 * A reference to another record (a project's cluster, a partner's parent, an observation's source),
 * shown and copied by the record's name and typed or pasted as a name, found by search; "#12" names
 * a record by its id. The target may depend on the row (an observation's subject type).
 */
export function referenceKind(ctx: KindContext, target: RefTarget | ((row: Row | undefined) => RefTarget | null)): ColumnKind {
  const targetOf = typeof target === 'function' ? target : () => target;
  const nameOf = (v: unknown, row: Row | undefined) => {
    const t = targetOf(row);
    if (typeof v !== 'number' || !t) return '';
    return ctx.references.name(t, v);
  };
  return {
    name: 'reference',
    display: (v, row) => (typeof v === 'number' ? (nameOf(v, row) ?? ctx.loadingText) : ''),
    toText: (v, row) => (typeof v === 'number' ? (nameOf(v, row) ?? `#${v}`) : ''),
    parse: async (text, row) => {
      const s = text.trim();
      if (s === '') return { ok: true, value: null };
      const t = targetOf(row);
      if (!t) return { ok: false, error: message('noReferenceHere') };
      const byId = /^#(\d{1,15})$/.exec(s);
      if (byId) return { ok: true, value: Number(byId[1]) };
      const hits = await ctx.references.find(t, s);
      if (hits.length === 0) return { ok: false, error: message('noRecordNamed', { text: s }) };
      if (hits.length > 1) return { ok: false, error: message('severalRecordsNamed', { text: s, count: hits.length }) };
      return { ok: true, value: Number(hits[0].value) };
    },
    suggest: (text, row) => {
      const t = targetOf(row);
      return t ? ctx.references.search(t, text) : [];
    },
    filter: 'reference',
  };
}
