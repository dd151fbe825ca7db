import type { Option } from './types';

const fold = (s: string) => s.trim().toLocaleLowerCase();

/** Options whose label contains the text, those starting with it first; all of them for empty text. */
export function filterOptions(options: readonly Option[], text: string, limit = 50): Option[] {
  const wanted = fold(text);
  if (!wanted) return options.slice(0, limit);
  const hits = options.filter((o) => fold(o.label).includes(wanted) || fold(String(o.value)) === wanted);
  return hits.sort((a, b) => Number(!fold(a.label).startsWith(wanted)) - Number(!fold(b.label).startsWith(wanted))).slice(0, limit);
}
