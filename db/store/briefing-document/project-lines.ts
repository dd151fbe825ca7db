import type { ProjectLine } from '../../schema';
import type { Db, Statement } from '../driver';
import type { Citations } from './citations';

const LINE = `SELECT p.id, p.name, p.country, p.category, p.stage, c.name AS clusterName, p.signed_on AS signedOn,
  p.start_year AS startYear, p.capex, p.capex_currency AS capexCurrency, p.abatement_kt AS abatementKt,
  p.jobs_construction AS jobsConstruction, p.jobs_permanent AS jobsPermanent,
  p.localisation_target_pct AS localisationTargetPct, p.localisation_target_year AS localisationTargetYear
  FROM projects p LEFT JOIN clusters c ON c.id = p.cluster_id`;

/**
 * A portfolio selection: each list empty means "any". JSON parameters keep it one prepared
 * statement whatever the analyst chose.
 */
export interface ProjectFilter {
  countries: readonly string[];
  categories: readonly string[];
  stages: readonly string[];
  clusterIds: readonly number[];
}

const inList = (column: string, param: string) => `(json_array_length(@${param}) = 0 OR ${column} IN (SELECT value FROM json_each(@${param})))`;

/** Projects as a briefing lists them: the figures it prints, the partners and their roles, the sources. */
export class ProjectLines {
  private readonly q: Record<'byId' | 'ofCluster' | 'filtered' | 'partners', Statement>;

  constructor(
    db: Db,
    private readonly cites: Citations,
  ) {
    this.q = {
      byId: db.prepare(`${LINE} WHERE p.id = ?`),
      ofCluster: db.prepare(`${LINE} WHERE p.cluster_id = ? ORDER BY p.name COLLATE NOCASE, p.id`),
      filtered: db.prepare(`${LINE} WHERE ${inList('p.country', 'countries')} AND ${inList('p.category', 'categories')}
        AND ${inList('p.stage', 'stages')} AND ${inList('p.cluster_id', 'clusterIds')} ORDER BY p.name COLLATE NOCASE, p.id`),
      partners: db.prepare(`SELECT pa.name, r.role, r.share_pct AS sharePct FROM project_roles r JOIN partners pa ON pa.id = r.partner_id
        WHERE r.project_id = ? ORDER BY r.id`),
    };
  }

  one(id: number): ProjectLine | undefined {
    const row = this.q.byId.get(id) as Row | undefined;
    return row && this.complete(row);
  }

  ofCluster(clusterId: number): ProjectLine[] {
    return (this.q.ofCluster.all(clusterId) as Row[]).map((r) => this.complete(r));
  }

  filtered(f: ProjectFilter): ProjectLine[] {
    const json = (v: readonly unknown[]) => JSON.stringify(v);
    const rows = this.q.filtered.all({
      countries: json(f.countries),
      categories: json(f.categories),
      stages: json(f.stages),
      clusterIds: json(f.clusterIds),
    }) as Row[];
    return rows.map((r) => this.complete(r));
  }

  private complete(row: Row): ProjectLine {
    return { ...row, partners: this.q.partners.all(row.id) as ProjectLine['partners'], ...this.cites.of('project', row.id) };
  }
}

type Row = Omit<ProjectLine, 'partners' | 'sources' | 'fieldSources'>;
