import { AppError } from '../contract/result';
import {
  subjectSchemas,
  type Briefing,
  type BriefingDocument,
  type BriefingExport,
  type BriefingTemplate,
  type Locale,
} from '../schema';
import { AgreementLines } from './briefing-document/agreement-lines';
import { Citations, citedIds } from './briefing-document/citations';
import { readContent, type Readers } from './briefing-document/content';
import { ProjectLines } from './briefing-document/project-lines';
import { briefingsTable } from './briefing-table';
import type { ChangeLog } from './change-log';
import type { Db, Statement } from './driver';
import { EntityRepo } from './entity-repo';
import type { Workspace } from './workspace';

type Values = Record<string, unknown>;

/** The records each template's subjects name, checked before a write so a missing one is named. */
const SUBJECT_TABLES: Record<string, { table: string; what: string }> = {
  clusterId: { table: 'clusters', what: 'cluster' },
  clusterIds: { table: 'clusters', what: 'cluster' },
  partnerId: { table: 'partners', what: 'partner' },
  comparisonId: { table: 'comparisons', what: 'saved comparison' },
};

/**
 * Saved briefings, their export history, and the one read that gathers everything a briefing
 * prints. Names are unique, so the command line can pick a briefing by name.
 */
export class BriefingStore {
  readonly repo: EntityRepo<Briefing>;
  private readonly q: Record<'nameTaken' | 'exports' | 'version', Statement>;
  private readonly exists = new Map<string, Statement>();
  private readonly readers: Omit<Readers, 'ws'>;

  private readonly db: Db;

  /** Built last by the workspace, whose repositories and relation queries the document reads. */
  constructor(
    private readonly ws: Workspace,
    log: ChangeLog,
  ) {
    const db = (this.db = ws.db);
    this.repo = new EntityRepo<Briefing>(db, log, ws.now, briefingsTable, ws.links);
    this.q = {
      nameTaken: db.prepare('SELECT 1 FROM briefings WHERE name = ? AND id <> ?'),
      exports: db.prepare(`SELECT id, briefing_id AS briefingId, file, exported_at AS exportedAt, workspace_version AS workspaceVersion,
        language, pages FROM briefing_exports WHERE briefing_id = ? ORDER BY exported_at DESC, id DESC`),
      // Every write adds a change set, so the newest one's id names the state of the data.
      version: db.prepare('SELECT coalesce(max(id), 0) AS v FROM change_sets'),
    };
    const cites = new Citations(db);
    this.readers = { cites, projects: new ProjectLines(db, cites), agreements: new AgreementLines(db, cites) };
  }

  require(id: number): Briefing {
    return this.repo.require(id);
  }

  create(values: Values): Briefing {
    this.check(values);
    return this.repo.create(values);
  }

  update(id: number, version: number, patch: Values): Briefing {
    const merged = { ...this.repo.require(id), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
    this.check(merged, id);
    return this.repo.updateVersioned(id, version, patch);
  }

  exports(briefingId: number): BriefingExport[] {
    this.repo.require(briefingId);
    return this.q.exports.all(briefingId) as BriefingExport[];
  }

  /** Notes an export in the history, with the state of the data it showed. */
  recordExport(values: { briefingId: number; file: string; language: Locale; pages: number }): BriefingExport {
    this.repo.require(values.briefingId);
    const workspaceVersion = this.workspaceVersion();
    const id = this.ws.links.add('briefing_exports', { ...values, exportedAt: this.ws.now(), workspaceVersion });
    return (this.q.exports.all(values.briefingId) as BriefingExport[]).find((e) => e.id === id)!;
  }

  workspaceVersion(): number {
    return (this.q.version.get() as { v: number }).v;
  }

  /** Everything the briefing prints, in one consistent read; a deleted subject is a NOT_FOUND that names it. */
  document(id: number, language?: Locale): BriefingDocument {
    const read = () => {
      const briefing = this.repo.require(id);
      const content = readContent({ ws: this.ws, ...this.readers }, briefing);
      return {
        briefing,
        language: language ?? briefing.language,
        workspaceVersion: this.workspaceVersion(),
        content,
        sources: this.readers.cites.sources(citedIds(content)),
      };
    };
    return this.db.transaction(read)();
  }

  /** A name used once; subjects that name records that exist. The subjects' shape is the table spec's rule. */
  private check(values: Values, id = 0): void {
    if (typeof values.name === 'string' && this.q.nameTaken.get(values.name.trim(), id)) {
      throw new AppError('VALIDATION', `name: another briefing is called "${values.name.trim()}"; choose another name.`, {
        issues: [{ field: 'name', message: 'is the name of another briefing', code: 'nameTaken' }],
      });
    }
    const template = values.template as BriefingTemplate | undefined;
    if (!template || !subjectSchemas[template].safeParse(values.subjects).success) return;
    for (const [field, value] of Object.entries(values.subjects as Values)) {
      const target = SUBJECT_TABLES[field];
      if (!target) continue;
      for (const ref of Array.isArray(value) ? value : [value]) {
        if (!this.existsIn(target.table).get(ref)) {
          throw new AppError('VALIDATION', `subjects.${field}: no ${target.what} with id ${String(ref)}; it may have been deleted.`, {
            issues: [{ field: `subjects.${field}`, message: `refers to a ${target.what} that does not exist`, code: 'missingReference' }],
          });
        }
      }
    }
  }

  private existsIn(table: string): Statement {
    let stmt = this.exists.get(table);
    if (!stmt) {
      stmt = this.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`);
      this.exists.set(table, stmt);
    }
    return stmt;
  }
}
