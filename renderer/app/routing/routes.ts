import type { LinkableEntity } from '../../../db/schema/enums';

// Indicators came last so that the Alt+number keys of the earlier sections stay as they were.
export const sections = ['clusters', 'projects', 'partners', 'agreements', 'sources', 'scenarios', 'briefings', 'indicators'] as const;
export type Section = (typeof sections)[number];

/** Sections whose records have a page of their own. */
export const recordSections = ['clusters', 'projects', 'partners', 'agreements', 'sources'] as const;
export type RecordSection = (typeof recordSections)[number];

export type Route =
  | { kind: 'list'; section: Section }
  | { kind: 'record'; section: RecordSection; id: number }
  | { kind: 'settings' }
  | { kind: 'briefing'; id: number | 'new' }
  | { kind: 'scenario'; id: number }
  | { kind: 'comparison'; id: number }
  | { kind: 'newComparison'; scenarioIds: number[] }
  | { kind: 'notFound'; path: string };

const isSection = (s: string): s is Section => (sections as readonly string[]).includes(s);
const isRecordSection = (s: string): s is RecordSection => (recordSections as readonly string[]).includes(s);

export const settingsHref = '#/settings';

/** "#/clusters" lists, "#/clusters/12" shows one record, "#/settings" the settings; an empty hash is the Clusters list. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { kind: 'list', section: 'clusters' };
  if (path === '/settings' || path === '/settings/') return { kind: 'settings' };
  const briefing = /^\/briefings\/(new|\d{1,15})\/?$/.exec(path);
  if (briefing) return briefing[1] === 'new' ? { kind: 'briefing', id: 'new' } : { kind: 'briefing', id: Number(briefing[1]) };
  const scenarioRoute = parseScenarioRoute(path);
  if (scenarioRoute) return scenarioRoute;
  const match = /^\/([a-z]+)(?:\/(\d{1,15}))?\/?$/.exec(path);
  if (match && isSection(match[1])) {
    if (match[2] === undefined) return { kind: 'list', section: match[1] };
    const id = Number(match[2]);
    if (isRecordSection(match[1]) && id > 0) return { kind: 'record', section: match[1], id };
  }
  return { kind: 'notFound', path };
}

/** "#/scenarios/7" edits a scenario; "#/comparisons/3" shows a saved comparison, "#/comparisons/new/1,2" starts one. */
function parseScenarioRoute(path: string): Route | null {
  const scenario = /^\/scenarios\/(\d{1,15})\/?$/.exec(path);
  if (scenario && Number(scenario[1]) > 0) return { kind: 'scenario', id: Number(scenario[1]) };
  const saved = /^\/comparisons\/(\d{1,15})\/?$/.exec(path);
  if (saved && Number(saved[1]) > 0) return { kind: 'comparison', id: Number(saved[1]) };
  const fresh = /^\/comparisons\/new(?:\/(\d{1,15}(?:,\d{1,15}){0,3}))?\/?$/.exec(path);
  if (fresh) return { kind: 'newComparison', scenarioIds: fresh[1] ? fresh[1].split(',').map(Number).filter((id) => id > 0) : [] };
  return null;
}

export const listHref = (section: Section) => `#/${section}`;
export const scenarioHref = (id: number) => `#/scenarios/${id}`;
export const comparisonHref = (id: number) => `#/comparisons/${id}`;
export const newComparisonHref = (scenarioIds: readonly number[] = []) => `#/comparisons/new${scenarioIds.length ? `/${scenarioIds.join(',')}` : ''}`;
export const recordHref = (section: RecordSection, id: number) => `#/${section}/${id}`;
/** A briefing's editor, or the editor of a new one. */
export const briefingHref = (id: number | 'new') => `#/briefings/${id}`;

/** Where a source link's record lives; initiatives, indicators and targets have no page yet. */
export const sectionOfEntity: Partial<Record<LinkableEntity, RecordSection>> = {
  cluster: 'clusters',
  project: 'projects',
  partner: 'partners',
  agreement: 'agreements',
};
