import type { Db } from '../../../db/store/driver';
import { projectsIn, rowsIn } from './batch';

export interface Findings {
  /** Everything that is wrong, in words; empty when the workspace is sound. */
  problems: string[];
  /** Tags of the batches found in the workspace. */
  committed: Set<string>;
}

interface TagRows {
  tag: string;
  partners: number;
  projects: number;
  roles: number;
}

interface SetRows {
  id: number;
  method: string;
  rows: number;
  tag: string | null;
  otherTag: string | null;
  missing: number;
}

const TAG_ROWS = `
  SELECT tag, sum(partner) AS partners, sum(project) AS projects, sum(role) AS roles FROM (
    SELECT notes AS tag, 1 AS partner, 0 AS project, 0 AS role FROM partners
    UNION ALL SELECT notes, 0, 1, 0 FROM projects
    UNION ALL SELECT pj.notes, 0, 0, 1 FROM project_roles r
      JOIN projects pj ON pj.id = r.project_id JOIN partners pt ON pt.id = r.partner_id AND pt.notes = pj.notes
  ) GROUP BY tag`;

// Role rows carry no notes, so min and max of the tag look at the partner and project rows only.
const SET_ROWS = `
  SELECT cs.id, cs.method, count(cl.id) AS rows,
    min(json_extract(cl.after, '$.notes')) AS tag, max(json_extract(cl.after, '$.notes')) AS otherTag,
    sum(CASE cl.table_name
      WHEN 'partners' THEN NOT EXISTS (SELECT 1 FROM partners WHERE id = cl.row_id)
      WHEN 'projects' THEN NOT EXISTS (SELECT 1 FROM projects WHERE id = cl.row_id)
      WHEN 'project_roles' THEN NOT EXISTS (SELECT 1 FROM project_roles WHERE id = cl.row_id)
      ELSE 1 END) AS missing
  FROM change_sets cs LEFT JOIN change_log cl ON cl.change_set_id = cs.id GROUP BY cs.id`;

/**
 * Checks a workspace the crash writers wrote to, after it was reopened: SQLite finds it sound, each
 * batch in it is whole (its partner, all its projects and roles, and one change set with a log row
 * for each), and every acknowledged batch is there.
 */
export function checkBatches(db: Db, acknowledged: Iterable<string>): Findings {
  const problems: string[] = [];
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  if (integrity.join() !== 'ok') problems.push(`integrity_check: ${integrity.slice(0, 3).join('; ')}`);
  const foreign = db.pragma('foreign_key_check') as unknown[];
  if (foreign.length) problems.push(`foreign_key_check: ${foreign.length} rows refer to missing rows`);

  const committed = new Set<string>();
  for (const { tag, partners, projects, roles } of db.prepare(TAG_ROWS).all() as TagRows[]) {
    committed.add(tag);
    const k = projectsIn(tag);
    if (partners !== 1 || projects !== k || roles !== k) {
      problems.push(`batch ${tag} is half there: ${partners} partner(s), ${projects} of ${k} projects, ${roles} of ${k} roles`);
    }
  }

  const logged = new Set<string>();
  for (const set of db.prepare(SET_ROWS).all() as SetRows[]) {
    if (set.method !== 'crash.batch' || set.tag === null || set.tag !== set.otherTag) {
      problems.push(`change set ${set.id} (${set.method}) does not belong to exactly one batch`);
      continue;
    }
    if (logged.has(set.tag)) problems.push(`batch ${set.tag} has two change sets`);
    logged.add(set.tag);
    if (set.rows !== rowsIn(set.tag)) problems.push(`change set ${set.id} of batch ${set.tag} has ${set.rows} of ${rowsIn(set.tag)} log rows`);
    if (set.missing) problems.push(`change set ${set.id} logs ${set.missing} row(s) that are not in the workspace`);
  }
  for (const tag of committed) if (!logged.has(tag)) problems.push(`batch ${tag} has no change set`);
  for (const tag of logged) if (!committed.has(tag)) problems.push(`change set of batch ${tag} without its rows`);

  for (const tag of acknowledged) if (!committed.has(tag)) problems.push(`acknowledged batch ${tag} is missing`);
  return { problems: problems.slice(0, 20), committed };
}
