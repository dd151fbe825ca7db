import { z } from 'zod';
import { Briefing, BriefingDocument, BriefingExport, BriefingFields, Id, Locale } from '../../schema';
import { ById, Deleted, read, shell, Versioned, write } from '../method-spec';

/** An absolute path to a PDF file; the shell checks the folder before printing. */
const PdfFile = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => p.toLowerCase().endsWith('.pdf') && !p.includes('\0'), 'must be a path ending in .pdf');

export const ExportResult = z.object({ file: z.string(), pages: z.int().min(0), bytes: z.int().min(0), export: BriefingExport });

/**
 * Saved briefings (template, subjects, language, marking, author, date), the history of their
 * exports, the one read the print route renders from, and the export itself, which the shell
 * answers because it owns the printer and the file system.
 */
export const briefingMethods = {
  'briefings.get': read(ById, Briefing),
  'briefings.create': write(BriefingFields, Briefing),
  'briefings.update': write(z.strictObject({ ...Versioned, values: BriefingFields.partial() }), Briefing),
  'briefings.delete': write(z.strictObject(Versioned), Deleted),
  'briefings.exports': read(ById, z.array(BriefingExport)),
  /** Notes a finished export in the history; 'briefings.export' calls it once the file is in place. */
  'briefings.recordExport': write(
    z.strictObject({ briefingId: Id, file: PdfFile, language: Locale, pages: z.int().min(0).max(100_000) }),
    BriefingExport,
  ),
  /** Everything the briefing prints: records with their relations, series, totals, sources. */
  'briefings.document': read(z.strictObject({ id: Id, language: Locale.optional() }), BriefingDocument),
  /** Prints the briefing to a PDF file, written whole or not at all, and records the export. */
  'briefings.export': shell(z.strictObject({ id: Id, file: PdfFile, language: Locale.optional() }), ExportResult),
};
