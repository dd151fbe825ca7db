import type { AgreementLine } from '../../schema';
import type { Db, Statement } from '../driver';
import type { Citations } from './citations';

const LINE = 'SELECT DISTINCT a.id, a.title, a.kind, a.signed_on AS signedOn, a.event, a.status FROM agreements a';

type Row = Omit<AgreementLine, 'parties' | 'sources'>;

/** Agreements as a briefing lists them: parties with their signatories, and the sources. */
export class AgreementLines {
  private readonly q: Record<'ofCluster' | 'ofPartner' | 'parties', Statement>;

  constructor(
    db: Db,
    private readonly cites: Citations,
  ) {
    this.q = {
      // An agreement about the cluster itself or about one of its projects.
      ofCluster: db.prepare(`${LINE} JOIN agreement_links l ON l.agreement_id = a.id
        WHERE l.cluster_id = @id OR l.project_id IN (SELECT id FROM projects WHERE cluster_id = @id)
        ORDER BY a.signed_on NULLS LAST, a.title COLLATE NOCASE`),
      ofPartner: db.prepare(`${LINE} JOIN agreement_parties ap ON ap.agreement_id = a.id WHERE ap.partner_id = @id
        ORDER BY a.signed_on NULLS LAST, a.title COLLATE NOCASE`),
      parties: db.prepare(`SELECT pa.name, ap.signatory_name AS signatoryName, ap.signatory_title AS signatoryTitle
        FROM agreement_parties ap JOIN partners pa ON pa.id = ap.partner_id WHERE ap.agreement_id = ? ORDER BY ap.id`),
    };
  }

  ofCluster(id: number): AgreementLine[] {
    return (this.q.ofCluster.all({ id }) as Row[]).map((r) => this.complete(r));
  }

  ofPartner(id: number): AgreementLine[] {
    return (this.q.ofPartner.all({ id }) as Row[]).map((r) => this.complete(r));
  }

  private complete(row: Row): AgreementLine {
    return { ...row, parties: this.q.parties.all(row.id) as AgreementLine['parties'], sources: this.cites.of('agreement', row.id).sources };
  }
}
