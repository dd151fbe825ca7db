import { z } from 'zod';
import { Id } from '../../schema';
import { NoInput, read, shell } from '../method-spec';
import { observationMethods } from './observations';
import { recordMethods } from './records';

/** A full path as the shell gets it from a dialog or the analyst types it: POSIX, drive letter or UNC. */
const ABSOLUTE = /^(?:\/|[A-Za-z]:[\\/]|\\\\[^\\])/;
export const isAbsolutePath = (path: string) => ABSOLUTE.test(path);

/** A file to write: a full path without NUL; the shell writes it whole or not at all. */
export const OutputFile = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0') && isAbsolutePath(p), 'must be a full path to a file, such as /home/me/projects.csv or C:\\Data\\projects.csv');

export const SpreadsheetFormat = z.enum(['csv', 'xlsx']);
export const WorkspaceExportFormat = z.enum(['xlsx', 'json']);

/** The file's extension must say what it holds, so that it opens in the right program. */
const extensionMatches = (v: { file: string; format: string }) => v.file.toLowerCase().endsWith(`.${v.format}`);
const EXTENSION = { message: 'must end in the extension of the chosen format (.csv, .xlsx or .json)', path: ['file'] };

/** The grid's query without its page: the view as filtered, searched and sorted, every row of it. */
const viewOf = <T extends string, Q extends z.ZodObject>(table: T, list: Q) =>
  z.strictObject({ table: z.literal(table), query: list.omit({ offset: true, limit: true }).optional() });

/** A table, or the grid's current view of it (the same query the grid's list method runs). */
export const TableView = z.discriminatedUnion('table', [
  viewOf('clusters', recordMethods['clusters.list'].input),
  viewOf('projects', recordMethods['projects.list'].input),
  viewOf('partners', recordMethods['partners.list'].input),
  viewOf('agreements', recordMethods['agreements.list'].input),
  viewOf('sources', recordMethods['sources.list'].input),
  viewOf('observations', observationMethods['observations.list'].input),
]);
export type TableView = z.infer<typeof TableView>;

/** Rows ready to write: the importer's own headers, references by name, typed columns. */
export const ExportTableData = z.object({
  name: z.string(),
  columns: z.array(z.object({ key: z.string(), header: z.string(), type: z.enum(['text', 'number', 'integer', 'date', 'boolean']) })),
  rows: z.array(z.record(z.string(), z.unknown())),
});

export const ExportWritten = z.object({ file: z.string(), bytes: z.int().min(0), rows: z.int().min(0) });

/**
 * Exports to CSV, XLSX and the JSON archive. The store reads the rows (the "…Data" reads); the
 * shell, which owns the file system and can wait on the XLSX writer, writes each file under a
 * temporary name and renames it, so that no half-written file ever has the chosen name.
 */
export const exportMethods = {
  'exports.tableData': read(TableView, ExportTableData),
  /** One scenario's totals year by year, nominal and risk-weighted. */
  'exports.scenarioData': read(z.strictObject({ id: Id }), ExportTableData),
  /** A saved comparison's scenarios, each year by year, in the comparison's order. */
  'exports.comparisonData': read(z.strictObject({ id: Id }), ExportTableData),
  /** Every table of the workspace, one sheet each. */
  'exports.workspaceData': read(NoInput, z.array(ExportTableData)),
  /** The whole workspace as the JSON archive text, and how many rows it holds. */
  'exports.archiveData': read(NoInput, z.object({ text: z.string(), rows: z.int().min(0) })),

  'exports.table': shell(
    z.strictObject({ view: TableView, format: SpreadsheetFormat, file: OutputFile }).refine(extensionMatches, EXTENSION),
    ExportWritten,
  ),
  'exports.scenario': shell(z.strictObject({ id: Id, format: SpreadsheetFormat, file: OutputFile }).refine(extensionMatches, EXTENSION), ExportWritten),
  'exports.comparison': shell(z.strictObject({ id: Id, format: SpreadsheetFormat, file: OutputFile }).refine(extensionMatches, EXTENSION), ExportWritten),
  'exports.workspace': shell(z.strictObject({ format: WorkspaceExportFormat, file: OutputFile }).refine(extensionMatches, EXTENSION), ExportWritten),
};
