import type { TargetRecord } from '../schema';
import type { ChangeLog } from './change-log';
import { ComparisonRepo } from './comparison-repo';
import type { Db, Statement } from './driver';
import { EntityRepo } from './entity-repo';
import type { LinkWriter } from './link-writer';
import { ScenarioInputsReader } from './scenario-inputs';
import { OverrideWriter } from './scenario-overrides';
import { ScenarioRepo } from './scenario-repo';
import { scenarioTables } from './scenario-tables';

/** Everything scenarios keep in a workspace: the scenarios, their overrides, targets and saved comparisons. */
export class ScenarioStore {
  readonly scenarios: ScenarioRepo;
  readonly overrides: OverrideWriter;
  readonly targets: EntityRepo<TargetRecord>;
  readonly comparisons: ComparisonRepo;
  readonly inputs: ScenarioInputsReader;
  private readonly sourcedTargets: Statement;

  constructor(db: Db, log: ChangeLog, now: () => string, links: LinkWriter) {
    const repo = <R extends { id: number; version: number }>(table: keyof typeof scenarioTables) => new EntityRepo<R>(db, log, now, scenarioTables[table], links);
    this.scenarios = new ScenarioRepo(db, repo('scenarios'));
    this.overrides = new OverrideWriter(db, links);
    this.targets = repo('targets');
    this.comparisons = new ComparisonRepo(db, repo('comparisons'));
    this.inputs = new ScenarioInputsReader(db, this.scenarios, this.overrides);
    this.sourcedTargets = db.prepare("SELECT DISTINCT entity_id AS id FROM source_links WHERE entity_type = 'target'");
  }

  /** Targets by year, each saying whether a source backs it. */
  targetList(): (TargetRecord & { sourced: boolean })[] {
    const sourced = new Set((this.sourcedTargets.all() as { id: number }[]).map((r) => r.id));
    return this.targets.list({ limit: 1000, sort: { field: 'year', dir: 'asc' } }).rows.map((t) => ({ ...t, sourced: sourced.has(t.id) }));
  }
}
