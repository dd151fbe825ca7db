import type { LinkableEntity } from '../../../db/schema/enums';

export const sections = ['clusters', 'projects', 'partners', 'agreements', 'sources', 'scenarios', 'briefings'] as const;
export type Section = (typeof sections)[number];

/** Sections whose records have a page of their own. */
export const recordSections = ['clusters', 'projects', 'partners', 'agreements', 'sources'] as const;
export type RecordSection = (typeof recordSections)[number];

export type Route =
  | { kind: 'list'; section: Section }
  | { kind: 'record'; section: RecordSection; id: number }
  | { kind: 'notFound'; path: string };

const isSection = (s: string): s is Section => (sections as readonly string[]).includes(s);
const isRecordSection = (s: string): s is RecordSection => (recordSections as readonly string[]).includes(s);

/** "#/clusters" lists, "#/clusters/12" shows one record; an empty hash is the Clusters list. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { kind: 'list', section: 'clusters' };
  const match = /^\/([a-z]+)(?:\/(\d{1,15}))?\/?$/.exec(path);
  if (match && isSection(match[1])) {
    if (match[2] === undefined) return { kind: 'list', section: match[1] };
    const id = Number(match[2]);
    if (isRecordSection(match[1]) && id > 0) return { kind: 'record', section: match[1], id };
  }
  return { kind: 'notFound', path };
}

export const listHref = (section: Section) => `#/${section}`;
export const recordHref = (section: RecordSection, id: number) => `#/${section}/${id}`;

/** Where a source link's record lives; initiatives, indicators and targets have no page yet. */
export const sectionOfEntity: Partial<Record<LinkableEntity, RecordSection>> = {
  cluster: 'clusters',
  project: 'projects',
  partner: 'partners',
  agreement: 'agreements',
};
