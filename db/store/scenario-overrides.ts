import { AppError } from '../contract/result';
import type { OverridePatch, OverrideRow } from '../schema';
import type { Db, Statement } from './driver';
import type { LinkWriter } from './link-writer';

/** A project or a cluster: exactly one is named. */
export type Subject = { projectId: number; clusterId?: undefined } | { clusterId: number; projectId?: undefined };

interface StoredRow extends Omit<OverrideRow, 'value'> {
  value: string;
}

const parse = (row: StoredRow): OverrideRow => ({ ...row, value: JSON.parse(row.value) as OverrideRow['value'] });

/**
 * A scenario's overrides: one row per scenario, subject and field, written through the link writer
 * so each insert, change and removal is in the change log and undo restores it exactly.
 */
export class OverrideWriter {
  private readonly q: Record<'scenario' | 'project' | 'cluster' | 'rowsOf' | 'rowsOfSubject' | 'find', Statement>;

  constructor(
    db: Db,
    private readonly links: LinkWriter,
  ) {
    const columns = 'id, scenario_id AS scenarioId, project_id AS projectId, cluster_id AS clusterId, field, value, note';
    this.q = {
      scenario: db.prepare('SELECT 1 FROM scenarios WHERE id = ?'),
      project: db.prepare('SELECT 1 FROM projects WHERE id = ?'),
      cluster: db.prepare('SELECT 1 FROM clusters WHERE id = ?'),
      rowsOf: db.prepare(`SELECT ${columns} FROM scenario_overrides WHERE scenario_id = ? ORDER BY id`),
      rowsOfSubject: db.prepare(`SELECT ${columns} FROM scenario_overrides
        WHERE scenario_id = ? AND project_id IS ? AND cluster_id IS ? ORDER BY id`),
      find: db.prepare(`SELECT id, value, note FROM scenario_overrides
        WHERE scenario_id = ? AND project_id IS ? AND cluster_id IS ? AND field = ?`),
    };
  }

  /** Every override of a scenario, values parsed. */
  of(scenarioId: number): OverrideRow[] {
    return (this.q.rowsOf.all(scenarioId) as StoredRow[]).map(parse);
  }

  /**
   * Sets and removes fields of one subject's overrides in one go: a value sets the field (the note,
   * when given, goes with each value set), null removes it. Returns the subject's overrides after.
   */
  update(scenarioId: number, subject: Subject, patch: OverridePatch, note?: string | null): OverrideRow[] {
    this.requireSubject(scenarioId, subject);
    const [projectId, clusterId] = [subject.projectId ?? null, subject.clusterId ?? null];
    for (const [field, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      const existing = this.q.find.get(scenarioId, projectId, clusterId, field) as { id: number; value: string; note: string | null } | undefined;
      if (value === null) {
        if (existing) this.links.remove('scenario_overrides', existing.id);
        continue;
      }
      const json = JSON.stringify(value);
      if (!existing) {
        this.links.add('scenario_overrides', { scenarioId, projectId, clusterId, field, value: json, note: note ?? null });
      } else if (existing.value !== json || (note !== undefined && note !== existing.note)) {
        this.links.update('scenario_overrides', existing.id, { value: json, ...(note !== undefined ? { note } : {}) });
      }
    }
    return this.subjectRows(scenarioId, projectId, clusterId);
  }

  /** Removes every override of one subject: the project or cluster follows the parent again. */
  clear(scenarioId: number, subject: Subject): number {
    this.requireSubject(scenarioId, subject);
    const rows = this.subjectRows(scenarioId, subject.projectId ?? null, subject.clusterId ?? null);
    for (const row of rows) this.links.remove('scenario_overrides', row.id);
    return rows.length;
  }

  private subjectRows(scenarioId: number, projectId: number | null, clusterId: number | null): OverrideRow[] {
    return (this.q.rowsOfSubject.all(scenarioId, projectId, clusterId) as StoredRow[]).map(parse);
  }

  private requireSubject(scenarioId: number, subject: Subject): void {
    if (!this.q.scenario.get(scenarioId)) {
      throw new AppError('NOT_FOUND', `No scenario with id ${scenarioId}; it may have been deleted.`, { id: scenarioId });
    }
    const [kind, id] = subject.projectId != null ? (['project', subject.projectId] as const) : (['cluster', subject.clusterId] as const);
    if (!this.q[kind].get(id)) {
      throw new AppError('VALIDATION', `${kind}Id: no ${kind} with id ${id}; it may have been deleted.`, {
        issues: [{ field: `${kind}Id`, message: 'refers to a record that does not exist', code: 'missingReference' }],
      });
    }
  }
}
