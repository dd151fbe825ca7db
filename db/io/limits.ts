/**
 * Caps on what an import may read. They keep a hostile or accidental file from exhausting memory
 * (the app must stay under 256 MB while refusing one) and match Excel's own sheet limits, so that
 * anything Excel can save is accepted and anything it cannot is refused with a clear message.
 */
export const limits = {
  /** CSV and XLSX files larger than this are refused before they are read. */
  maxFileBytes: 50 * 1024 * 1024,
  /** JSON archives hold a whole workspace, so they may be larger than a single table. */
  maxArchiveBytes: 100 * 1024 * 1024,
  /** Excel's sheet limits. */
  maxRows: 1_048_576,
  maxColumns: 16_384,
  /** ZIP (XLSX) container caps, checked on the central directory before exceljs reads a byte. */
  maxZipEntries: 10_000,
  maxUncompressedBytes: 300 * 1024 * 1024,
  /** Deflate reaches about 1000:1 on zeros; real workbook parts stay well under 100:1. */
  maxCompressionRatio: 200,
  /** Entries smaller than this may have any ratio: they cannot exhaust memory. */
  ratioCheckFromBytes: 1024 * 1024,
  /** A report longer than this lists the first issues and counts the rest. */
  maxReportedIssues: 1000,
} as const;

export const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
