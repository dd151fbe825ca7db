import { z } from 'zod';
import { BriefingTemplate, Locale } from './enums';
import { Id, Year } from './primitives';

/** Rows of the Scenarios and Briefings lists; their editors add the full records. */
export const ScenarioSummary = z.object({
  id: Id,
  name: z.string(),
  description: z.string().nullable(),
  parentId: Id.nullable(),
  parentName: z.string().nullable(),
  horizonStart: Year,
  horizonEnd: Year,
  illustrative: z.boolean(),
  updatedAt: z.string(),
});
export type ScenarioSummary = z.infer<typeof ScenarioSummary>;

export const BriefingSummary = z.object({
  id: Id,
  name: z.string(),
  template: BriefingTemplate,
  language: Locale,
  marking: z.string(),
  author: z.string().nullable(),
  updatedAt: z.string(),
});
export type BriefingSummary = z.infer<typeof BriefingSummary>;
