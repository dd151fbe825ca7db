import type { BriefingSummary, ScenarioSummary } from '../schema';
import type { Db, Statement } from './driver';

/** The list queries of tables that have no editor yet beyond their list. */
export class Summaries {
  private readonly scenariosQ: Statement;
  private readonly briefingsQ: Statement;

  constructor(db: Db) {
    this.scenariosQ = db.prepare(`SELECT s.id, s.name, s.description, s.parent_id AS parentId, p.name AS parentName,
      s.horizon_start AS horizonStart, s.horizon_end AS horizonEnd, s.illustrative, s.updated_at AS updatedAt
      FROM scenarios s LEFT JOIN scenarios p ON p.id = s.parent_id ORDER BY s.name COLLATE NOCASE`);
    this.briefingsQ = db.prepare(`SELECT id, name, template, language, marking, author, updated_at AS updatedAt
      FROM briefings ORDER BY name COLLATE NOCASE`);
  }

  scenarios(): ScenarioSummary[] {
    return (this.scenariosQ.all() as (Omit<ScenarioSummary, 'illustrative'> & { illustrative: number })[]).map((s) => ({
      ...s,
      illustrative: s.illustrative === 1,
    }));
  }

  briefings(): BriefingSummary[] {
    return this.briefingsQ.all() as BriefingSummary[];
  }
}
