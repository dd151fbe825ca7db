import type { GroupHandlers } from '../../contract';
import type { relationMethods } from '../../contract/groups/relations';
import type { WorkspaceHost } from '../host';

export const relationHandlers = {
  'clusters.relations': (h, { id }) => {
    const { ws } = h;
    const cluster = ws.repos.clusters.require(id);
    const r = ws.relations;
    return {
      initiative: r.initiativeRef(cluster.initiativeId),
      leadPartner: r.partnerRef(cluster.leadPartnerId),
      projects: r.clusterProjects(id),
      partners: r.clusterPartners(id),
      agreements: r.clusterAgreements(id),
      sources: r.sourcesOf('cluster', id),
      indicators: r.indicators('cluster', id),
    };
  },
  'projects.relations': (h, { id }) => {
    const project = h.ws.repos.projects.require(id);
    const r = h.ws.relations;
    return {
      cluster: r.clusterRef(project.clusterId),
      roles: r.projectRoles(id),
      agreements: r.projectAgreements(id),
      sources: r.sourcesOf('project', id),
    };
  },
  'partners.relations': (h, { id }) => {
    const partner = h.ws.repos.partners.require(id);
    const r = h.ws.relations;
    return {
      parent: r.partnerRef(partner.parentId),
      children: r.partnerChildren(id),
      roles: r.partnerRoles(id),
      agreements: r.partnerParties(id),
      sources: r.sourcesOf('partner', id),
    };
  },
  'agreements.relations': (h, { id }) => {
    h.ws.repos.agreements.require(id);
    const r = h.ws.relations;
    return {
      parties: r.agreementParties(id),
      projects: r.agreementProjects(id),
      clusters: r.agreementClusters(id),
      sources: r.sourcesOf('agreement', id),
    };
  },
  'sources.relations': (h, { id }) => {
    h.ws.repos.sources.require(id);
    return { links: h.ws.relations.linksFrom(id), indicators: h.ws.relations.indicatorsFrom(id) };
  },
} satisfies GroupHandlers<typeof relationMethods, WorkspaceHost>;
