/**
 * Import, export, archive and backup. Pure functions read and check files and plan imports; the
 * functions that take a Workspace (previewImport, commitImport, entityExport, indicatorExport,
 * exportArchive, importArchive) or a Db (backupNow, rollingBackup) touch the store.
 */
export { limits } from './limits';
export { refusalReasons, type RefusalReason } from './refuse';
export type { ReportIssue } from './report';
export { problemCodes, type ProblemCode, type ProblemParams, type Problem } from './problems';
export type { Cell, ImportSheet } from './sheet';

export { sniffFormat, assertText } from './sniff';
export { decodeText, textEncodings, encodingLabels, type TextEncoding, type DecodedText, type EncodingConfidence } from './decode';
export { readCsv, detectDelimiter, delimiters, delimiterLabels, type Delimiter, type CsvRead, type CsvOptions } from './csv-read';
export { inspectWorkbookZip } from './zip-inspect';
export { readXlsx, type XlsxRead, type SheetInfo } from './xlsx-read';
export { readImportBytes, readImportFile, type ImportFile, type ReadOptions } from './read-file';

export { parseNumber, numberFormats, numberFormatLabels, numberFormatFor, type NumberFormat, type ParsedNumber } from './numbers';
export { parseDate, excelSerialToDate, type ParsedDate } from './dates';
export { countryCode } from './countries';
export { enumLabel } from './enum-labels';
export { importTables, importFields, labelField, type ImportTable, type ImportField, type FieldKind, type RefTable } from './fields';
export { autoMap, rememberMapping, mappingKey, checkMapping, type Mapping, type MappingMemory } from './mapping';
export type { Lookup, IndicatorKey } from './lookup';
export { workspaceLookup } from './workspace-lookup';
export { planImport, type ImportRequest, type ImportPlan, type PlannedRow, type UnresolvedNames } from './plan';
export { previewOf, previewImport, DEFAULT_PREVIEW_ROWS, type ImportPreview, type PreviewRow } from './preview';
export { commitImport, type ImportOutcome } from './commit';
export { sharedCancelFlag, type CancelSignal, type Progress, type LongRunning } from './cancel';

export { escapeFormula, unescapeFormula } from './formula';
export { entityExport, indicatorExport, type ExportTable, type ExportColumn, type ExportType } from './export-table';
export { toCsv, type CsvExportOptions } from './export-csv';
export { toXlsx } from './export-xlsx';
export { workspaceSheets } from './workspace-sheets';
export { exportArchive } from './export-json';
export { importArchive, importArchiveFile, parseArchive } from './import-json';
export { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, type Archive } from './archive-schema';

export { backupNow, rollingBackup, listBackups, type BackupFile, type BackupOptions, type RollingOptions } from './backup';
export { restoreBackup, type RestoreOptions, type Restored } from './restore';
export { checkDatabaseCopy } from './check-database';
