import type { Db, Statement } from './driver';
import type { AgreementKind, ProjectCategory, ProjectStage } from '../schema';
import type {
  AgreementPartyRow,
  IndicatorRow,
  LinkableEntity,
  ProjectRoleRow,
  ProjectRole,
  Ref,
  SourceLinkRow,
} from '../schema';

const ROLE = `SELECT r.id, r.project_id AS projectId, p.name AS projectName, p.stage AS projectStage,
  r.partner_id AS partnerId, pa.name AS partnerName, r.role, r.share_pct AS sharePct
  FROM project_roles r JOIN projects p ON p.id = r.project_id JOIN partners pa ON pa.id = r.partner_id`;

const PARTY = `SELECT ap.id, ap.agreement_id AS agreementId, a.title AS agreementTitle, a.signed_on AS agreementSignedOn,
  ap.partner_id AS partnerId, pa.name AS partnerName, ap.signatory_name AS signatoryName, ap.signatory_title AS signatoryTitle
  FROM agreement_parties ap JOIN agreements a ON a.id = ap.agreement_id JOIN partners pa ON pa.id = ap.partner_id`;

// The name of a linked record, whichever table it lives in.
const ENTITY_NAME = `CASE l.entity_type
  WHEN 'initiative' THEN (SELECT name FROM initiatives WHERE id = l.entity_id)
  WHEN 'cluster' THEN (SELECT name FROM clusters WHERE id = l.entity_id)
  WHEN 'project' THEN (SELECT name FROM projects WHERE id = l.entity_id)
  WHEN 'partner' THEN (SELECT name FROM partners WHERE id = l.entity_id)
  WHEN 'agreement' THEN (SELECT title FROM agreements WHERE id = l.entity_id)
  WHEN 'indicator' THEN (SELECT metric || ' ' || year FROM indicator_observations WHERE id = l.entity_id)
  WHEN 'target' THEN (SELECT name FROM targets WHERE id = l.entity_id)
  END`;

const LINK = `SELECT l.id, l.source_id AS sourceId, s.title AS sourceTitle, s.publisher AS sourcePublisher,
  s.published_on AS sourcePublishedOn, l.entity_type AS entityType, l.entity_id AS entityId,
  coalesce(${ENTITY_NAME}, '') AS entityName, l.field, l.note
  FROM source_links l JOIN sources s ON s.id = l.source_id`;

const INDICATOR = `SELECT i.id, i.subject_type AS subjectType, i.subject_id AS subjectId, i.country, i.metric, i.year,
  i.observed_on AS observedOn, i.value, i.unit, i.source_id AS sourceId, s.title AS sourceTitle
  FROM indicator_observations i LEFT JOIN sources s ON s.id = i.source_id`;

const AGREEMENT_SUMMARY = 'SELECT DISTINCT a.id, a.title, a.kind, a.signed_on AS signedOn FROM agreements a';

export interface ProjectSummary {
  id: number;
  name: string;
  stage: ProjectStage;
  category: ProjectCategory;
}
export interface AgreementSummary {
  id: number;
  title: string;
  kind: AgreementKind;
  signedOn: string | null;
}

/** Read-only queries that join a record to the records around it, for detail views and briefings. */
export class Relations {
  private readonly q: Record<string, Statement>;

  constructor(db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.q = {
      ref: p('SELECT id, name FROM clusters WHERE id = ?'),
      initiativeRef: p('SELECT id, name FROM initiatives WHERE id = ?'),
      partnerRef: p('SELECT id, name FROM partners WHERE id = ?'),
      clusterProjects: p('SELECT id, name, stage, category FROM projects WHERE cluster_id = ? ORDER BY name COLLATE NOCASE'),
      clusterPartners: p(`SELECT pa.id, pa.name, json_group_array(DISTINCT r.role) AS roles
        FROM project_roles r JOIN projects p ON p.id = r.project_id JOIN partners pa ON pa.id = r.partner_id
        WHERE p.cluster_id = ? GROUP BY pa.id ORDER BY pa.name COLLATE NOCASE`),
      clusterAgreements: p(`${AGREEMENT_SUMMARY} JOIN agreement_links l ON l.agreement_id = a.id
        WHERE l.cluster_id = ? OR l.project_id IN (SELECT id FROM projects WHERE cluster_id = ?) ORDER BY a.signed_on, a.title`),
      role: p(`${ROLE} WHERE r.id = ?`),
      party: p(`${PARTY} WHERE ap.id = ?`),
      sourceLink: p(`${LINK} WHERE l.id = ?`),
      projectRoles: p(`${ROLE} WHERE r.project_id = ? ORDER BY r.role, pa.name COLLATE NOCASE`),
      partnerRoles: p(`${ROLE} WHERE r.partner_id = ? ORDER BY p.name COLLATE NOCASE`),
      projectAgreements: p(`${AGREEMENT_SUMMARY} JOIN agreement_links l ON l.agreement_id = a.id WHERE l.project_id = ? ORDER BY a.signed_on`),
      partnerChildren: p('SELECT id, name FROM partners WHERE parent_id = ? ORDER BY name COLLATE NOCASE'),
      partnerParties: p(`${PARTY} WHERE ap.partner_id = ? ORDER BY a.signed_on`),
      agreementParties: p(`${PARTY} WHERE ap.agreement_id = ? ORDER BY ap.id`),
      agreementProjects: p(`SELECT p.id, p.name FROM agreement_links l JOIN projects p ON p.id = l.project_id
        WHERE l.agreement_id = ? ORDER BY p.name COLLATE NOCASE`),
      agreementClusters: p(`SELECT c.id, c.name FROM agreement_links l JOIN clusters c ON c.id = l.cluster_id
        WHERE l.agreement_id = ? ORDER BY c.name COLLATE NOCASE`),
      linksOf: p(`${LINK} WHERE l.entity_type = ? AND l.entity_id = ? ORDER BY l.field, s.title`),
      linksFrom: p(`${LINK} WHERE l.source_id = ? ORDER BY l.entity_type, l.entity_id`),
      // Named parameters: better-sqlite3 refuses numbered ones (?1) given as positional arguments.
      indicators: p(`${INDICATOR} WHERE (@type IS NULL OR i.subject_type = @type) AND (@id IS NULL OR i.subject_id = @id) ORDER BY i.subject_type, i.subject_id, i.metric, i.year`),
      indicatorsFrom: p(`${INDICATOR} WHERE i.source_id = ? ORDER BY i.metric, i.year`),
    };
  }

  clusterRef = (id: number | null) => (id == null ? null : ((this.q.ref.get(id) as Ref | undefined) ?? null));
  initiativeRef = (id: number | null) => (id == null ? null : ((this.q.initiativeRef.get(id) as Ref | undefined) ?? null));
  partnerRef = (id: number | null) => (id == null ? null : ((this.q.partnerRef.get(id) as Ref | undefined) ?? null));

  clusterProjects = (id: number) => this.q.clusterProjects.all(id) as ProjectSummary[];
  clusterPartners = (id: number) =>
    (this.q.clusterPartners.all(id) as { id: number; name: string; roles: string }[]).map((r) => ({
      ...r,
      roles: JSON.parse(r.roles) as ProjectRole[],
    }));
  clusterAgreements = (id: number) => this.q.clusterAgreements.all(id, id) as AgreementSummary[];
  role = (id: number) => this.q.role.get(id) as ProjectRoleRow;
  party = (id: number) => this.q.party.get(id) as AgreementPartyRow;
  sourceLink = (id: number) => this.q.sourceLink.get(id) as SourceLinkRow;
  projectRoles = (id: number) => this.q.projectRoles.all(id) as ProjectRoleRow[];
  partnerRoles = (id: number) => this.q.partnerRoles.all(id) as ProjectRoleRow[];
  projectAgreements = (id: number) => this.q.projectAgreements.all(id) as AgreementSummary[];
  partnerChildren = (id: number) => this.q.partnerChildren.all(id) as Ref[];
  partnerParties = (id: number) => this.q.partnerParties.all(id) as AgreementPartyRow[];
  agreementParties = (id: number) => this.q.agreementParties.all(id) as AgreementPartyRow[];
  agreementProjects = (id: number) => this.q.agreementProjects.all(id) as Ref[];
  agreementClusters = (id: number) => this.q.agreementClusters.all(id) as Ref[];
  sourcesOf = (type: LinkableEntity, id: number) => this.q.linksOf.all(type, id) as SourceLinkRow[];
  linksFrom = (sourceId: number) => this.q.linksFrom.all(sourceId) as SourceLinkRow[];
  indicators = (type?: string, id?: number) => this.q.indicators.all({ type: type ?? null, id: id ?? null }) as IndicatorRow[];
  indicatorsFrom = (sourceId: number) => this.q.indicatorsFrom.all(sourceId) as IndicatorRow[];
}
