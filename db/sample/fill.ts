import {
  AgreementFields,
  AgreementPartyInput,
  ClusterFields,
  IndicatorInput,
  InitiativeFields,
  PartnerFields,
  ProjectFields,
  ProjectRoleInput,
  SourceFields,
  type LinkableEntity,
} from '../schema';
import type { Workspace } from '../store/workspace';
import { AGREEMENTS } from './data/agreements';
import { CLUSTERS } from './data/clusters';
import { INDICATORS, INITIATIVES } from './data/initiative';
import { PARTNERS } from './data/partners';
import { PROJECTS, type ProjectKey } from './data/projects';
import { SOURCES } from './data/sources';
import { fillBriefings } from './briefings';
import { fillScenarios } from './scenarios';
import type { AgreementSeed, Cites, ClusterSeed, FieldCite, InitiativeSeed, PartnerSeed, ProjectSeed, SourceSeed } from './types';

/** The rows of a data table with their keys. Past the data files, keys are plain strings checked by Ids. */
const rows = <T>(table: Record<string, T>) => Object.entries(table);

/** Stable key -> id of the records created so far, per table. */
class Ids {
  private readonly maps = new Map<string, Map<string, number>>();

  set(table: string, key: string, id: number): void {
    if (!this.maps.has(table)) this.maps.set(table, new Map());
    this.maps.get(table)!.set(key, id);
  }

  get(table: string, key: string): number {
    const id = this.maps.get(table)?.get(key);
    // A programming error in the data files (e.g. a parent declared after its child): fail loudly.
    if (id === undefined) throw new Error(`Sample data: no ${table} with key "${key}" was created before it is referred to.`);
    return id;
  }

  opt(table: string, key: string | undefined): number | null {
    return key === undefined ? null : this.get(table, key);
  }
}

/**
 * Fills a freshly migrated workspace with the sample built from the seed texts, as one write with
 * its change log. Values are parsed with the same schemas the router applies to user input, because
 * the repositories below the router do not validate field formats themselves.
 */
export function fillSample(ws: Workspace): void {
  ws.write('sample.fill', () => fill(ws), { kind: 'system' });
}

function fill(ws: Workspace): void {
  const ids = new Ids();

  const cite = (entityType: LinkableEntity, entityId: number, cites: Cites<string>, fields: FieldCite<string, string>[] = []) => {
    for (const c of cites) {
      const { source, note } = typeof c === 'string' ? { source: c, note: null } : c;
      ws.links.add('source_links', { sourceId: ids.get('sources', source), entityType, entityId, field: null, note });
    }
    for (const f of fields) {
      ws.links.add('source_links', { sourceId: ids.get('sources', f.source), entityType, entityId, field: f.field, note: f.note ?? null });
    }
  };

  for (const [key, seed] of rows<SourceSeed>(SOURCES)) {
    ids.set('sources', key, ws.repos.sources.create(SourceFields.parse(seed)).id);
  }

  for (const [key, { cite: cites, fields, ...values }] of rows<InitiativeSeed<string>>(INITIATIVES)) {
    const { id } = ws.initiatives.create(InitiativeFields.parse(values));
    ids.set('initiatives', key, id);
    cite('initiative', id, cites, fields);
  }

  // Declaration order puts each parent before its subsidiaries.
  for (const [key, { cite: cites, fields, parent, ...values }] of rows<PartnerSeed<string>>(PARTNERS)) {
    const { id } = ws.repos.partners.create(PartnerFields.parse({ ...values, parentId: ids.opt('partners', parent) }));
    ids.set('partners', key, id);
    cite('partner', id, cites, fields);
  }

  for (const [key, { cite: cites, fields, lead, initiative, ...values }] of rows<ClusterSeed<string, string, string>>(CLUSTERS)) {
    const { id } = ws.repos.clusters.create(
      ClusterFields.parse({ ...values, leadPartnerId: ids.opt('partners', lead), initiativeId: ids.opt('initiatives', initiative) }),
    );
    ids.set('clusters', key, id);
    cite('cluster', id, cites, fields);
  }

  for (const [key, { cite: cites, fields, cluster, roles, ...values }] of rows<ProjectSeed<string, string, string>>(PROJECTS)) {
    const { id } = ws.repos.projects.create(ProjectFields.parse({ ...values, clusterId: ids.opt('clusters', cluster) }));
    ids.set('projects', key, id);
    cite('project', id, cites, fields);
    for (const r of roles) {
      ws.links.add(
        'project_roles',
        ProjectRoleInput.parse({ projectId: id, partnerId: ids.get('partners', r.partner), role: r.role, sharePct: r.sharePct ?? null }),
      );
    }
  }

  for (const [key, { cite: cites, parties, projects, clusters, ...values }] of rows<AgreementSeed<string, string, string, string>>(AGREEMENTS)) {
    const { id } = ws.repos.agreements.create(AgreementFields.parse(values));
    ids.set('agreements', key, id);
    cite('agreement', id, cites);
    for (const p of parties) {
      ws.links.add(
        'agreement_parties',
        AgreementPartyInput.parse({
          agreementId: id,
          partnerId: ids.get('partners', p.partner),
          signatoryName: p.signatoryName ?? null,
          signatoryTitle: p.signatoryTitle ?? null,
        }),
      );
    }
    for (const p of projects ?? []) ws.links.add('agreement_links', { agreementId: id, projectId: ids.get('projects', p) });
    for (const c of clusters ?? []) ws.links.add('agreement_links', { agreementId: id, clusterId: ids.get('clusters', c) });
  }

  for (const { subject, source, note, ...values } of INDICATORS) {
    const sourceId = ids.get('sources', source);
    const who =
      'initiative' in subject
        ? { subjectType: 'initiative', subjectId: ids.get('initiatives', subject.initiative), country: null }
        : { subjectType: 'country', subjectId: null, country: subject.country };
    const id = ws.links.add('indicator_observations', IndicatorInput.parse({ ...who, ...values, sourceId }));
    // The observation names its source; a link is added only to keep the text's qualifier ("almost", "over").
    if (note) ws.links.add('source_links', { sourceId, entityType: 'indicator', entityId: id, field: null, note });
  }

  fillScenarios(ws, (key: ProjectKey) => ids.get('projects', key));
  fillBriefings(ws, { cluster: (key) => ids.get('clusters', key), partner: (key) => ids.get('partners', key) });
}
