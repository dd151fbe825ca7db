import { z } from 'zod';
import { Locale } from './enums';

/**
 * The analyst's preferences, kept by the shell beside the workspaces (not in a workspace: they
 * follow the person, not the file). Every field has a default so an old or partial file still loads.
 */
export const Settings = z.object({
  language: Locale.default('en'),
  numberFormat: z.enum(['locale', 'dot-decimal', 'comma-decimal']).default('locale'),
  dateFormat: z.enum(['locale', 'iso']).default('locale'),
  defaultMarking: z.string().max(120).default('DRAFT — RESTRICTED'),
  backupFolder: z.string().max(4096).nullable().default(null),
  backupsToKeep: z.int().min(1).max(365).default(14),
  idleLockMinutes: z.int().min(0).max(24 * 60).default(15),
  /** Column mappings confirmed on import, by table and header row (db/io/mapping.ts); written by the shell only. */
  importMappings: z.record(z.string().max(4000), z.array(z.string().max(64).nullable()).max(16_384)).default({}),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z.strictObject({
  language: Locale.optional(),
  numberFormat: z.enum(['locale', 'dot-decimal', 'comma-decimal']).optional(),
  dateFormat: z.enum(['locale', 'iso']).optional(),
  defaultMarking: z.string().max(120).optional(),
  backupFolder: z.string().min(1).max(4096).nullable().optional(),
  backupsToKeep: z.int().min(1).max(365).optional(),
  idleLockMinutes: z.int().min(0).max(24 * 60).optional(),
});
