import type { GroupHandlers } from '../../contract';
import type { linkMethods } from '../../contract/groups/links';
import { AppError } from '../../contract/result';
import type { LinkableEntity } from '../../schema';
import type { Workspace } from '../../store/workspace';
import type { WorkspaceHost } from '../host';

const ENTITY_TABLE: Record<LinkableEntity, string> = {
  initiative: 'initiatives',
  cluster: 'clusters',
  project: 'projects',
  partner: 'partners',
  agreement: 'agreements',
  indicator: 'indicator_observations',
  target: 'targets',
};

function requireRow(ws: Workspace, table: string, id: number, what: string): void {
  if (!ws.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id)) {
    throw new AppError('VALIDATION', `No ${what} with id ${id}; it may have been deleted.`, { issues: [{ field: `${what}Id`, message: 'does not exist' }] });
  }
}

/** Shares of one project's partners may not add up to more than the whole. */
function checkShares(ws: Workspace, projectId: number): void {
  const { total } = ws.db.prepare('SELECT coalesce(sum(share_pct), 0) AS total FROM project_roles WHERE project_id = ?').get(projectId) as { total: number };
  if (total > 100 + 1e-9) {
    throw new AppError('VALIDATION', `sharePct: the partners' shares in this project would add up to ${total} %, more than 100 %.`, {
      issues: [{ field: 'sharePct', message: 'shares add up to more than 100 %' }],
    });
  }
}

const roleRow = (ws: Workspace, id: number) => ws.relations.role(id);
const partyRow = (ws: Workspace, id: number) => ws.relations.party(id);

export const linkHandlers = {
  'roles.create': ({ ws }, input) => {
    requireRow(ws, 'projects', input.projectId, 'project');
    requireRow(ws, 'partners', input.partnerId, 'partner');
    const id = ws.links.add('project_roles', input);
    checkShares(ws, input.projectId);
    return roleRow(ws, id);
  },
  'roles.update': ({ ws }, { id, ...values }) => {
    ws.links.update('project_roles', id, values);
    const row = roleRow(ws, id);
    checkShares(ws, row.projectId);
    return row;
  },
  'roles.delete': ({ ws }, { id }) => {
    ws.links.remove('project_roles', id);
    return { id };
  },

  'parties.create': ({ ws }, input) => {
    requireRow(ws, 'agreements', input.agreementId, 'agreement');
    requireRow(ws, 'partners', input.partnerId, 'partner');
    return partyRow(ws, ws.links.add('agreement_parties', input));
  },
  'parties.update': ({ ws }, { id, ...values }) => {
    ws.links.update('agreement_parties', id, values);
    return partyRow(ws, id);
  },
  'parties.delete': ({ ws }, { id }) => {
    ws.links.remove('agreement_parties', id);
    return { id };
  },

  'agreementLinks.create': ({ ws }, input) => {
    requireRow(ws, 'agreements', input.agreementId, 'agreement');
    if (input.projectId !== undefined) requireRow(ws, 'projects', input.projectId, 'project');
    if (input.clusterId !== undefined) requireRow(ws, 'clusters', input.clusterId, 'cluster');
    return { id: ws.links.add('agreement_links', input) };
  },
  'agreementLinks.delete': ({ ws }, { id }) => {
    ws.links.remove('agreement_links', id);
    return { id };
  },

  'sourceLinks.create': ({ ws }, input) => {
    requireRow(ws, 'sources', input.sourceId, 'source');
    requireRow(ws, ENTITY_TABLE[input.entityType], input.entityId, input.entityType);
    return ws.relations.sourceLink(ws.links.add('source_links', input));
  },
  'sourceLinks.delete': ({ ws }, { id }) => {
    ws.links.remove('source_links', id);
    return { id };
  },
} satisfies GroupHandlers<typeof linkMethods, WorkspaceHost>;
