import { z } from 'zod';
import { BriefingTemplate, Locale, ProjectCategory, ProjectStage, type BriefingTemplate as Template } from './enums';
import { Country, Id, Name, PartialDate, RecordMeta, Text } from './primitives';
import type { FieldIssue } from './rules';

/**
 * What each template is about, stored as the briefing's `subjects` JSON. The cluster brief and the
 * partner digest name one record; the portfolio overview narrows the whole portfolio (empty lists
 * mean everything); the scenario comparison names a saved comparison.
 */
export const ClusterSubjects = z.strictObject({ clusterId: Id });
export const PortfolioSubjects = z.strictObject({
  countries: z.array(Country).max(250).optional(),
  categories: z.array(ProjectCategory).max(20).optional(),
  stages: z.array(ProjectStage).max(20).optional(),
  clusterIds: z.array(Id).max(500).optional(),
  /** How many projects the "largest projects" table lists. */
  largest: z.int().min(1, 'must be at least 1').max(100, 'must be 100 or fewer').optional(),
});
export const ScenarioSubjects = z.strictObject({ comparisonId: Id });
export const PartnerSubjects = z.strictObject({ partnerId: Id });

export const subjectSchemas = {
  cluster: ClusterSubjects,
  portfolio: PortfolioSubjects,
  scenarios: ScenarioSubjects,
  partner: PartnerSubjects,
} as const satisfies Record<Template, z.ZodType>;

export type ClusterSubjects = z.infer<typeof ClusterSubjects>;
export type PortfolioSubjects = z.infer<typeof PortfolioSubjects>;
export type ScenarioSubjects = z.infer<typeof ScenarioSubjects>;
export type PartnerSubjects = z.infer<typeof PartnerSubjects>;
export type SubjectsOf<T extends Template> = z.infer<(typeof subjectSchemas)[T]>;

/** A marking is one line on every page; 120 characters is what fits beside the title in the header. */
export const Marking = z
  .string()
  .trim()
  .max(120, 'is longer than 120 characters')
  .regex(/^[^\r\n\u2028\u2029]*$/, 'must be one line');

/** A full calendar date: the day the briefing is dated, printed in its footer. */
export const BriefingDate = PartialDate.refine((s) => s.length === 10, 'must be a full date (YYYY-MM-DD)');

/** A briefing's editable fields; the subjects are checked against the template by `briefingIssues`. */
export const BriefingFields = z.strictObject({
  name: Name,
  template: BriefingTemplate,
  subjects: z.record(z.string(), z.unknown()),
  language: Locale,
  marking: Marking,
  author: Text(300).nullable().optional(),
  /** Absent or null: the briefing is dated on the day it is exported. */
  date: BriefingDate.nullable().optional(),
});

export const Briefing = RecordMeta.extend({
  name: z.string(),
  template: BriefingTemplate,
  subjects: z.record(z.string(), z.unknown()),
  language: Locale,
  marking: z.string(),
  author: z.string().nullable(),
  date: z.string().nullable(),
});
export type Briefing = z.infer<typeof Briefing>;

/** One export of a briefing to a PDF file; the workspace version says which state of the data it shows. */
export const BriefingExport = z.object({
  id: Id,
  briefingId: Id,
  file: z.string(),
  exportedAt: z.string(),
  workspaceVersion: z.int().min(0),
  language: Locale.nullable(),
  pages: z.int().min(0).nullable(),
});
export type BriefingExport = z.infer<typeof BriefingExport>;

/** The subjects must have the shape the template needs; field names say where, as the grid shows them. */
export function briefingIssues(b: { template: Template; subjects: unknown }): FieldIssue[] {
  const parsed = subjectSchemas[b.template].safeParse(b.subjects);
  if (parsed.success) return [];
  return parsed.error.issues.slice(0, 10).map((i) => ({
    field: ['subjects', ...i.path.map(String)].join('.'),
    message: i.message,
    code: 'subjects',
    params: { template: b.template },
  }));
}
