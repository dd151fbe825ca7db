import type { ChangedTable } from '../contract/events';
import type { WorkspaceInfo } from '../contract/methods';
import type { EntityName, EntityRecords, Initiative, Observation } from '../schema';
import { entityNames } from '../schema';
import { ChangeLog, type ChangeKind } from './change-log';
import type { Db } from './driver';
import { BriefingStore } from './briefings';
import { EntityRepo } from './entity-repo';
import { History, type HistoryStep } from './history';
import { LinkWriter } from './link-writer';
import { Relations } from './relations';
import { ScenarioStore } from './scenarios';
import { Summaries } from './summaries';
import { initiativesTable, observationsTable, tables } from './tables';

export type Clock = () => string;
const systemClock: Clock = () => new Date().toISOString();

type Repos = { [E in EntityName]: EntityRepo<EntityRecords[E]> };

const COUNTED = {
  initiatives: 'initiatives',
  clusters: 'clusters',
  projects: 'projects',
  partners: 'partners',
  agreements: 'agreements',
  sources: 'sources',
  indicators: 'indicator_observations',
  scenarios: 'scenarios',
  briefings: 'briefings',
} as const;

/** An open workspace: its connection, repositories and change log. Owned by the store worker. */
export class Workspace {
  readonly repos: Repos;
  readonly initiatives: EntityRepo<Initiative>;
  readonly observations: EntityRepo<Observation>;
  readonly links: LinkWriter;
  readonly relations: Relations;
  readonly summaries: Summaries;
  readonly history: History;
  readonly scenarios: ScenarioStore;
  readonly briefings: BriefingStore;
  private readonly log: ChangeLog;
  /** The time of the write under way, null between writes. */
  private writeAt: string | null = null;
  /** The raw key of an encrypted workspace, null for a plain one; backups and restores are checked with it. */
  key: Buffer | null = null;

  constructor(
    readonly db: Db,
    readonly file: string,
    readonly now: Clock = systemClock,
  ) {
    this.log = new ChangeLog(db);
    // Every record one action touches carries the action's own time, the time of its change set.
    const stamp: Clock = () => this.writeAt ?? now();
    this.links = new LinkWriter(db, this.log, stamp);
    this.repos = Object.fromEntries(
      entityNames.map((name) => [name, new EntityRepo(db, this.log, stamp, tables[name], this.links)]),
    ) as unknown as Repos;
    this.initiatives = new EntityRepo(db, this.log, stamp, initiativesTable, this.links);
    this.observations = new EntityRepo(db, this.log, stamp, observationsTable, this.links);
    this.relations = new Relations(db);
    this.summaries = new Summaries(db);
    this.history = new History(db, this.log, stamp);
    this.scenarios = new ScenarioStore(db, this.log, stamp, this.links);
    this.briefings = new BriefingStore(this, this.log);
  }

  /** Runs one user action as one transaction, with its change-log rows; returns the tables it touched. */
  write<T>(method: string, action: () => T, options: { kind?: ChangeKind } = {}): { value: T; tables: ChangedTable[] } {
    this.writeAt = this.now();
    try {
      this.log.begin(method, this.writeAt, options.kind);
      const value = this.db.transaction(action).immediate();
      return { value, tables: [...this.log.touched] };
    } finally {
      this.writeAt = null;
    }
  }

  /** Steps back through the edits; returns the edit undone, or null when there is none. */
  undo(): HistoryStep | null {
    const step = this.history.nextUndo();
    if (!step) return null;
    this.log.retag('undo', step.id);
    this.history.undo(step);
    return step;
  }

  redo(): HistoryStep | null {
    const step = this.history.nextRedo();
    if (!step) return null;
    this.log.retag('redo', step.id);
    this.history.redo(step);
    return step;
  }

  info(): WorkspaceInfo {
    const count = (table: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      file: this.file,
      schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
      encrypted: this.key !== null,
      counts: Object.fromEntries(Object.entries(COUNTED).map(([k, t]) => [k, count(t)])) as WorkspaceInfo['counts'],
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
