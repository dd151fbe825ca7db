import { z } from 'zod';
import type { Delimiter, ImportTable, NumberFormat, TextEncoding } from '../../io';
import { problemCodes } from '../../io/problems';
import { read, shell, write } from '../method-spec';

/**
 * Bringing a CSV or XLSX file into one table. The shell reads the file (it owns files, and reading
 * a workbook is asynchronous) and the settings that remember mappings; the store plans and writes
 * the rows it was given. The lists below repeat db/io's own, so that the renderer does not bundle
 * the readers; `satisfies` and tests/integration/io/import-methods.test.ts keep them equal.
 */
export const ImportTableName = z.enum(['clusters', 'projects', 'partners', 'agreements', 'sources', 'indicators'] as const satisfies readonly ImportTable[]);
export const ImportEncoding = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r', 'windows-1252'] as const satisfies readonly TextEncoding[]);
export const ImportDelimiter = z.enum([',', ';', '\t', '|'] as const satisfies readonly Delimiter[]);
export const ImportNumberFormat = z.enum(['decimal-point', 'decimal-comma'] as const satisfies readonly NumberFormat[]);

/** Excel's own caps: a sheet name has at most 31 characters, a sheet at most 16,384 columns. */
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;

const Cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** The values a problem's text needs (counts, rows, names, codes), bounded like the issue's own text. */
const ProblemParams = z.record(z.string().max(32), z.union([z.number(), z.string()])).refine((p) => Object.keys(p).length <= 8, 'A problem has at most 8 values.');

/** One line of the report: `code` and `params` for the window to translate, `problem` in English. */
export const ImportIssue = z.object({
  row: z.int().nullable(),
  column: z.string().nullable(),
  value: z.string(),
  code: z.enum(problemCodes),
  params: ProblemParams.optional(),
  problem: z.string(),
  severity: z.enum(['error', 'warning']),
});

/** For each column of the file, the key of the field it fills, or null to leave it out. */
const ImportMapping = z.array(z.string().min(1).max(64).nullable()).max(MAX_COLUMNS);

/** What to read: the file, the table it goes into, and the analyst's choices where the guess was wrong. */
const ImportSource = {
  file: z.string().trim().min(1, 'Type the path of the file to import.').max(4096),
  table: ImportTableName,
  encoding: ImportEncoding.optional(),
  delimiter: ImportDelimiter.optional(),
  sheet: z.string().min(1).max(31).optional(),
};

/** How the rows are read and matched; the names the library uses, except onExisting (its onMatch). */
const ImportChoices = {
  mapping: ImportMapping,
  numberFormat: ImportNumberFormat,
  matchBy: z.enum(['id', 'name']).default('name'),
  onExisting: z.enum(['insert', 'update', 'skip']).default('skip'),
  unresolved: z.enum(['error', 'leave-empty']).default('error'),
};

/** Chosen by the window for each commit, so that a cancel names the import it means. */
const Ticket = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'A ticket is 8 to 64 letters, digits or dashes.');

const ImportField = z.object({ key: z.string(), label: z.string(), stored: z.string(), required: z.boolean() });

export const ImportInspection = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  /** The sheet read (the file's name for CSV) and every sheet of a workbook. */
  sheet: z.string(),
  sheets: z.array(z.object({ name: z.string(), hidden: z.boolean() })),
  /** CSV only: the encoding used, how sure the guess is, and the others worth offering. */
  encoding: z.object({ used: ImportEncoding, confidence: z.enum(['bom', 'chosen', 'high', 'medium', 'low']), alternatives: z.array(ImportEncoding) }).nullable(),
  delimiter: z.object({ value: ImportDelimiter, guessed: z.boolean() }).nullable(),
  header: z.array(z.string()),
  rowCount: z.int(),
  /** The first rows as read, to help with the mapping. */
  sample: z.array(z.array(Cell)),
  /** Problems found while reading (ragged rows, broken quotes). */
  issues: z.array(ImportIssue),
  mapping: z.array(z.string().nullable()),
  /** True when the mapping is the one last confirmed for this header row. */
  remembered: z.boolean(),
  /** The fields of the table, in export order. */
  fields: z.array(ImportField),
  /** The number format the analyst's settings suggest. */
  numberFormat: ImportNumberFormat,
});

export const ImportPreview = z.object({
  rows: z.array(
    z.object({
      row: z.int(),
      action: z.enum(['insert', 'update', 'skip']),
      id: z.int().nullable(),
      /** The record as it will be stored, by stored field. */
      values: z.record(z.string(), z.unknown()),
      /** Reference fields as the file names them. */
      names: z.record(z.string(), z.string()),
      issues: z.array(ImportIssue),
    }),
  ),
  issues: z.array(ImportIssue),
  errors: z.int(),
  warnings: z.int(),
  unresolved: z.array(z.object({ column: z.string(), table: z.string(), names: z.array(z.string()), rows: z.array(z.int()) })),
  counts: z.object({ insert: z.int(), update: z.int(), skip: z.int(), invalid: z.int() }),
  ready: z.boolean(),
});

export const ImportOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('committed'), inserted: z.int(), updated: z.int(), skipped: z.int(), warnings: z.int() }),
  z.object({ status: z.literal('cancelled') }),
]);

/** A sheet as the shell read it, handed to the store. */
const ImportSheet = z.strictObject({
  fileName: z.string().max(255),
  name: z.string().max(255),
  header: z.array(z.string().max(32_767)).max(MAX_COLUMNS),
  rows: z.array(z.array(Cell).max(MAX_COLUMNS)).max(MAX_ROWS),
  rowNumbers: z.array(z.int().positive()).max(MAX_ROWS),
  issues: z.array(ImportIssue).max(10_000),
  date1904: z.boolean(),
});

const ImportRequest = z.strictObject({
  table: ImportTableName,
  mapping: ImportMapping,
  numberFormat: ImportNumberFormat,
  matchBy: z.enum(['id', 'name']),
  onMatch: z.enum(['insert', 'update', 'skip']),
  unresolved: z.enum(['error', 'leave-empty']).optional(),
});

/** Only the shell can pass one: the window's calls cross as JSON, which has no shared memory. */
const CancelFlag = z.custom<SharedArrayBuffer>((v) => typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer, 'A cancel flag is shared memory.');

export const importMethods = {
  /** Reads the file and suggests a mapping (the remembered one for this header row, else by name). */
  'imports.inspect': shell(z.strictObject(ImportSource), ImportInspection),
  /** The first rows as they will be stored, and the whole file's validation report; writes nothing. */
  'imports.preview': shell(z.strictObject({ ...ImportSource, ...ImportChoices, rows: z.int().min(1).max(100).default(20) }), ImportPreview),
  /** Every row in one transaction, or none; remembers the mapping once committed. */
  'imports.commit': shell(z.strictObject({ ...ImportSource, ...ImportChoices, ticket: Ticket }), ImportOutcome),
  /** Raises the cancel flag of the commit with this ticket; it stops at its next chunk and rolls back. */
  'imports.cancel': shell(z.strictObject({ ticket: Ticket }), z.object({ cancelled: z.boolean() })),
  /** The store's part of preview: plan a sheet the shell read. */
  'imports.previewSheet': read(z.strictObject({ sheet: ImportSheet, request: ImportRequest, rows: z.int().min(1).max(100) }), ImportPreview),
  /** The store's part of commit: reports 'imports.progress' and honours the shell's cancel flag. */
  'imports.commitSheet': write(z.strictObject({ sheet: ImportSheet, request: ImportRequest, ticket: Ticket, cancelFlag: CancelFlag.optional() }), ImportOutcome),
};
