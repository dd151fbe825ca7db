import { z } from 'zod';
import { BriefingFields, briefingIssues, type BriefingTemplate } from '../schema';
import type { TableSpec } from './tables';

const keys = (s: z.ZodObject) => Object.keys(s.shape);

/**
 * Saved briefing definitions, written through EntityRepo like the record tables: versioned rows,
 * logged for undo. Their exports are link rows (row-codec.ts) that go, logged, with the briefing.
 */
export const briefingsTable: TableSpec = {
  table: 'briefings',
  entity: 'briefing',
  label: 'name',
  fields: keys(BriefingFields),
  json: new Set(['subjects']),
  refs: {},
  dependents: [],
  cascades: [{ table: 'briefing_exports', column: 'briefing_id' }],
  searchable: ['name', 'author', 'marking'],
  validate: (v) => briefingIssues(v as { template: BriefingTemplate; subjects: unknown }),
};

/** The columns of an export row as the change log records them. */
export const briefingExportColumns = ['briefingId', 'file', 'exportedAt', 'workspaceVersion', 'language', 'pages'] as const;
