import { AppError } from '../contract/result';
import { megabytes } from './limits';

/** Why a file was refused as a whole; stable for the UI (import:refusals.<reason>) and tests, unlike the message text. */
export const refusalReasons = [
  'empty',
  'binary',
  'too-large',
  'unsupported-format',
  'not-a-workbook',
  'zip-bomb',
  'zip-damaged',
  'doctype',
  'sheet-limits',
  'no-sheet',
  'unsafe-key',
  'not-an-archive',
  'not-empty',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

/** A file-level refusal: the message starts with the file's name and says what to do instead. */
export function refuse(fileName: string, reason: RefusalReason, message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('VALIDATION', `"${fileName}" ${message}`, { file: fileName, reason, ...details });
}

export const tooLarge = (fileName: string, size: number, max: number) =>
  refuse(
    fileName,
    'too-large',
    `is too large to import (${megabytes(size)}; the limit is ${Math.round(max / (1024 * 1024))} MB). Split it into smaller files, or leave out the columns you do not import.`,
    { size, limit: max },
  );
