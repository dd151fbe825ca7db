import { AppError } from '../contract/result';
import type { EngineTarget, OverrideRow, ScenarioDefRow, ScenarioInputs } from '../schema';
import type { Db, Statement } from './driver';
import type { OverrideWriter } from './scenario-overrides';
import type { ScenarioRepo } from './scenario-repo';

const PROJECT_COLUMNS = `id, name, cluster_id AS clusterId, country, category, stage, signed_on AS signedOn, start_year AS startYear,
  abatement_kt AS abatementKt, abatement_low_kt AS abatementLowKt, abatement_high_kt AS abatementHighKt,
  capex, capex_low AS capexLow, capex_high AS capexHigh, capex_currency AS capexCurrency, ramp_up_years AS rampUpYears,
  jobs_construction AS jobsConstruction, jobs_permanent AS jobsPermanent, localisation_current_pct AS localisationCurrentPct,
  localisation_target_pct AS localisationTargetPct, localisation_target_year AS localisationTargetYear`;

interface TargetRow {
  id: number;
  name: string;
  scopeType: 'country' | 'cluster';
  country: string | null;
  clusterId: number | null;
  metric: EngineTarget['metric'];
  year: number;
  value: number;
  unit: string;
  sourced: number;
}

/** Overrides keyed by subject id, as the engine reads them. */
function grouped(rows: OverrideRow[]): Pick<ScenarioDefRow, 'projectOverrides' | 'clusterOverrides'> {
  const projectOverrides: ScenarioDefRow['projectOverrides'] = {};
  const clusterOverrides: ScenarioDefRow['clusterOverrides'] = {};
  for (const r of rows) {
    const [into, id] = r.projectId != null ? [projectOverrides, r.projectId] : [clusterOverrides, r.clusterId!];
    into[id] = { ...into[id], [r.field]: r.value };
  }
  return { projectOverrides, clusterOverrides };
}

/**
 * What the engine needs to run some scenarios: the whole portfolio, the scenarios with all their
 * parents, and the targets. One read, so the renderer computes live from a consistent picture.
 */
export class ScenarioInputsReader {
  private readonly q: Record<'projects' | 'clusters' | 'targets', Statement>;

  constructor(
    db: Db,
    private readonly scenarios: ScenarioRepo,
    private readonly overrides: OverrideWriter,
  ) {
    this.q = {
      projects: db.prepare(`SELECT ${PROJECT_COLUMNS} FROM projects ORDER BY id`),
      clusters: db.prepare('SELECT id, name FROM clusters ORDER BY name COLLATE NOCASE'),
      targets: db.prepare(`SELECT t.id, t.name, t.scope_type AS scopeType, t.country, t.cluster_id AS clusterId, t.metric, t.year, t.value, t.unit,
        EXISTS (SELECT 1 FROM source_links l WHERE l.entity_type = 'target' AND l.entity_id = t.id) AS sourced
        FROM targets t ORDER BY t.year, t.name COLLATE NOCASE`),
    };
  }

  read(ids: readonly number[]): ScenarioInputs {
    return {
      projects: this.q.projects.all() as ScenarioInputs['projects'],
      clusters: this.q.clusters.all() as ScenarioInputs['clusters'],
      scenarios: this.chains(ids),
      targets: (this.q.targets.all() as TargetRow[]).map(({ scopeType, country, clusterId, sourced, ...t }) =>
        scopeType === 'country' ? { ...t, scope: 'country', country: country!, sourced: sourced === 1 } : { ...t, scope: 'cluster', clusterId: clusterId!, sourced: sourced === 1 },
      ),
    };
  }

  /** Each scenario asked for and its parents, once each. The store refuses cycles, so the walk ends. */
  private chains(ids: readonly number[]): ScenarioDefRow[] {
    const out = new Map<number, ScenarioDefRow>();
    for (const id of ids) {
      if (!this.scenarios.get(id)) throw new AppError('NOT_FOUND', `No scenario with id ${id}; it may have been deleted.`, { id });
      for (let next: number | null = id; next != null && !out.has(next); ) {
        const s = this.scenarios.require(next);
        out.set(s.id, {
          id: s.id,
          name: s.name,
          parentId: s.parentId,
          horizonStart: s.horizonStart,
          horizonEnd: s.horizonEnd,
          assumptions: s.assumptions,
          illustrative: s.illustrative,
          ...grouped(this.overrides.of(s.id)),
        });
        next = s.parentId;
      }
    }
    return [...out.values()];
  }
}
