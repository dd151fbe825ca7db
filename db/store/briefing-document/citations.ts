import type { Cites, DocSource, LinkableEntity } from '../../schema';
import type { Db, Statement } from '../driver';

/** The sources of one record: those behind it as a whole, and those behind one of its fields. */
export interface RecordCites {
  sources: Cites;
  fieldSources: Record<string, Cites>;
}

/** Reads source links for the records a briefing shows, and the sources themselves for its list. */
export class Citations {
  private readonly links: Statement;
  private readonly source: Statement;

  constructor(db: Db) {
    this.links = db.prepare('SELECT source_id AS sourceId, field FROM source_links WHERE entity_type = ? AND entity_id = ? ORDER BY id');
    this.source = db.prepare(`SELECT id, title, publisher, published_on AS publishedOn, language, url, file FROM sources WHERE id = ?`);
  }

  of(type: LinkableEntity, id: number): RecordCites {
    const sources: Cites = [];
    const fieldSources: Record<string, Cites> = {};
    for (const { sourceId, field } of this.links.all(type, id) as { sourceId: number; field: string | null }[]) {
      const into = field === null ? sources : (fieldSources[field] ??= []);
      if (!into.includes(sourceId)) into.push(sourceId);
    }
    return { sources, fieldSources };
  }

  /** The sources with these ids, in the order given; an id cited twice is listed once. */
  sources(ids: Iterable<number>): DocSource[] {
    return [...new Set(ids)].map((id) => this.source.get(id) as DocSource | undefined).filter((s): s is DocSource => s !== undefined);
  }
}

/** Every source id a value of the content cites, wherever it sits: keys named sources, fieldSources or sourceId. */
export function citedIds(value: unknown, into: number[] = []): number[] {
  if (Array.isArray(value)) {
    for (const v of value) citedIds(v, into);
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sourceId' && typeof v === 'number') into.push(v);
      else if (key === 'sources' && Array.isArray(v)) into.push(...v.filter((n): n is number => typeof n === 'number'));
      else if (key === 'fieldSources' || key === 'projectSources' || key === 'targetSources') {
        for (const list of Object.values(v as Record<string, number[]>)) into.push(...list);
      } else citedIds(v, into);
    }
  }
  return into;
}
