import { AppError } from '../../contract/result';
import {
  projectStages,
  subjectSchemas,
  type Briefing,
  type BriefingContent,
  type ContentOf,
  type IndicatorPoint,
  type IndicatorRow,
  type Ref,
} from '../../schema';
import type { Workspace } from '../workspace';
import type { AgreementLines } from './agreement-lines';
import type { Citations } from './citations';
import { grandTotal, groupTotals, largestProjects } from './group-totals';
import type { ProjectLines } from './project-lines';

export interface Readers {
  ws: Workspace;
  cites: Citations;
  projects: ProjectLines;
  agreements: AgreementLines;
}

const DEFAULT_LARGEST = 10;

/** A subject the briefing names no longer exists: the analyst picks another in the editor. */
export function subjectDeleted(briefing: Briefing, subject: string, id: number): AppError {
  return new AppError(
    'NOT_FOUND',
    `The ${subject} this briefing is about (id ${id}) was deleted. Open the briefing "${briefing.name}" and choose another ${subject}.`,
    { reason: 'subjectDeleted', subject, id, briefingId: briefing.id },
  );
}

const points = (rows: IndicatorRow[]): IndicatorPoint[] =>
  rows.map(({ metric, unit, year, value, sourceId }) => ({ metric, unit, year, value, sourceId }));

function cluster(r: Readers, b: Briefing): ContentOf<'cluster'> {
  const { clusterId } = subjectSchemas.cluster.parse(b.subjects);
  const record = r.ws.repos.clusters.get(clusterId);
  if (!record) throw subjectDeleted(b, 'cluster', clusterId);
  const rel = r.ws.relations;
  return {
    template: 'cluster',
    cluster: record,
    initiative: rel.initiativeRef(record.initiativeId),
    leadPartner: rel.partnerRef(record.leadPartnerId),
    ...r.cites.of('cluster', clusterId),
    projects: r.projects.ofCluster(clusterId),
    agreements: r.agreements.ofCluster(clusterId),
    indicators: points(rel.indicators('cluster', clusterId)),
    initiativeIndicators: record.initiativeId === null ? [] : points(rel.indicators('initiative', record.initiativeId)),
  };
}

function portfolio(r: Readers, b: Briefing): ContentOf<'portfolio'> {
  const s = subjectSchemas.portfolio.parse(b.subjects);
  const clusters: Ref[] = (s.clusterIds ?? []).map((id) => {
    const ref = r.ws.relations.clusterRef(id);
    if (!ref) throw subjectDeleted(b, 'cluster', id);
    return ref;
  });
  const filters = { countries: s.countries ?? [], categories: s.categories ?? [], stages: s.stages ?? [], clusters };
  const projects = r.projects.filtered({ ...filters, clusterIds: s.clusterIds ?? [] });
  return {
    template: 'portfolio',
    filters,
    totals: grandTotal(projects),
    byCountry: groupTotals(projects, (p) => p.country),
    byCategory: groupTotals(projects, (p) => p.category),
    byStage: groupTotals(projects, (p) => p.stage, projectStages),
    bySignedYear: groupTotals(
      projects.filter((p) => p.signedOn !== null),
      (p) => p.signedOn!.slice(0, 4),
    ),
    largest: largestProjects(projects, s.largest ?? DEFAULT_LARGEST),
    projects,
    otherCurrencyProjects: projects.filter((p) => p.capex !== null && p.capexCurrency !== null && p.capexCurrency !== 'USD').length,
  };
}

function partner(r: Readers, b: Briefing): ContentOf<'partner'> {
  const { partnerId } = subjectSchemas.partner.parse(b.subjects);
  const record = r.ws.repos.partners.get(partnerId);
  if (!record) throw subjectDeleted(b, 'partner', partnerId);
  const rel = r.ws.relations;
  const roles = rel.partnerRoles(partnerId);
  const projectIds = [...new Set(roles.map((x) => x.projectId))];
  const parties = rel.partnerParties(partnerId);
  return {
    template: 'partner',
    partner: record,
    parent: rel.partnerRef(record.parentId),
    children: rel.partnerChildren(partnerId),
    sources: r.cites.of('partner', partnerId).sources,
    projects: projectIds.map((id) => {
      const mine = roles.filter((x) => x.projectId === id);
      return { ...r.projects.one(id)!, roles: mine.map((x) => x.role), sharePct: mine.find((x) => x.sharePct !== null)?.sharePct ?? null };
    }),
    agreements: r.agreements.ofPartner(partnerId).map((a) => {
      const party = parties.find((p) => p.agreementId === a.id);
      return { ...a, signatoryName: party?.signatoryName ?? null, signatoryTitle: party?.signatoryTitle ?? null };
    }),
  };
}

function scenarios(r: Readers, b: Briefing): ContentOf<'scenarios'> {
  const { comparisonId } = subjectSchemas.scenarios.parse(b.subjects);
  const comparison = r.ws.scenarios.comparisons.repo.get(comparisonId);
  if (!comparison) throw subjectDeleted(b, 'saved comparison', comparisonId);
  const inputs = r.ws.scenarios.inputs.read(comparison.scenarioIds);
  const projectSources: Record<string, number[]> = {};
  for (const p of inputs.projects) {
    const { sources, fieldSources } = r.cites.of('project', p.id);
    const all = [...new Set([...sources, ...Object.values(fieldSources).flat()])];
    if (all.length) projectSources[p.id] = all;
  }
  const targetSources: Record<string, number[]> = {};
  for (const t of inputs.targets) {
    const { sources } = r.cites.of('target', t.id);
    if (sources.length) targetSources[t.id] = sources;
  }
  return { template: 'scenarios', comparison, inputs, projectSources, targetSources };
}

const byTemplate: { [T in Briefing['template']]: (r: Readers, b: Briefing) => ContentOf<T> } = { cluster, portfolio, partner, scenarios };

/** What the briefing's template shows, read in the transaction of the caller. */
export const readContent = (r: Readers, b: Briefing): BriefingContent => byTemplate[b.template](r, b) as BriefingContent;
