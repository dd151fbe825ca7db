import type { Cites } from '../../../db/schema/briefing-document';

/** What a figure's footnote says: which sources back it, and how many of its values none does. */
export interface NoteFacts {
  sources: Cites;
  /** Values shown without a source: printed as assumptions. */
  unsourced: number;
  /** Values made up to show a method (the sample's scenarios): said in so many words. */
  illustrative?: boolean;
}

/** The sources of several values, each once, in the order first cited; values with none are counted. */
export function noteOf(values: readonly (readonly number[])[], options: { illustrative?: boolean } = {}): NoteFacts {
  const sources: number[] = [];
  let unsourced = 0;
  for (const cites of values) {
    if (cites.length === 0) unsourced++;
    for (const id of cites) if (!sources.includes(id)) sources.push(id);
  }
  return { sources, unsourced, illustrative: options.illustrative };
}

/** The sources of a record's field: those naming the field, else those of the whole record. */
export const fieldCites = (record: { sources: Cites; fieldSources: Record<string, Cites> }, field: string): Cites =>
  record.fieldSources[field]?.length ? record.fieldSources[field] : record.sources;
