import { createFormat } from '../../../renderer/app/i18n/format';
import { createI18n } from '../../../renderer/app/i18n/i18n';
import type { KindContext } from '../../../renderer/grid/columns/context';
import type { Option } from '../../../renderer/grid/columns/types';
import type { ReferenceCache, RefTarget } from '../../../renderer/grid/data/references';
import type { Locale } from '../../../db/schema/enums';

/** Records by table, for a reference cache that needs no store. */
export type Records = Partial<Record<RefTarget, { id: number; name: string }[]>>;

export function fakeReferences(records: Records): ReferenceCache {
  const all = (t: RefTarget) => records[t] ?? [];
  const options = (list: { id: number; name: string }[]): Option[] => list.map((r) => ({ value: r.id, label: r.name }));
  return {
    name: (t, id) => all(t).find((r) => r.id === id)?.name ?? `#${id}`,
    search: async (t, text) => options(all(t).filter((r) => r.name.toLowerCase().includes(text.trim().toLowerCase()))),
    find: async (t, text) => options(all(t).filter((r) => r.name.toLowerCase() === text.trim().toLowerCase())),
    subscribe: () => () => {},
    version: () => 0,
    dispose: () => {},
  };
}

/** The context cell kinds get in the app, in one language, over fixed records. */
export function kindContext(locale: Locale, records: Records = {}): KindContext {
  const i18n = createI18n(locale);
  const t = i18n.getFixedT(locale);
  return {
    locale,
    t,
    tEnglish: i18n.getFixedT('en'),
    format: createFormat(locale, t),
    separators: { decimal: t('format.decimalSeparator'), group: t('format.groupSeparator') },
    references: fakeReferences(records),
    loadingText: '…',
  };
}
