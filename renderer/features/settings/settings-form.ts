import type { Locale } from '../../../db/schema/enums';
import { Settings } from '../../../db/schema/settings';
import type { SettingsChange } from '../../app/settings/settings-store';

/** What the Settings form holds while the analyst edits: text as typed, checked only on Save. */
export interface SettingsDraft {
  language: Locale;
  numberFormat: Settings['numberFormat'];
  dateFormat: Settings['dateFormat'];
  defaultMarking: string;
  backupFolder: string;
  backupsToKeep: string;
  idleLockMinutes: string;
}

export type TypedField = 'defaultMarking' | 'backupFolder' | 'backupsToKeep' | 'idleLockMinutes';
/** The typed fields in the order they appear, so the first one with a problem gets the focus. */
export const typedFields: readonly TypedField[] = ['defaultMarking', 'backupFolder', 'backupsToKeep', 'idleLockMinutes'];

export type FieldProblem =
  | { code: 'required' }
  | { code: 'tooLong'; max: number }
  | { code: 'notAbsolute' }
  | { code: 'wholeNumber' }
  | { code: 'range'; min: number; max: number };
export type Problems = Partial<Record<TypedField, FieldProblem>>;

// The limits are the schema's own, so the form and the shell can never disagree.
const shape = Settings.shape;
export const limits = {
  markingMax: shape.defaultMarking.unwrap().maxLength ?? 120,
  folderMax: shape.backupFolder.unwrap().unwrap().maxLength ?? 4096,
  backups: { min: shape.backupsToKeep.unwrap().minValue ?? 1, max: shape.backupsToKeep.unwrap().maxValue ?? 365 },
  idle: { min: shape.idleLockMinutes.unwrap().minValue ?? 0, max: shape.idleLockMinutes.unwrap().maxValue ?? 1440 },
};

export function toDraft(settings: Settings): SettingsDraft {
  return {
    language: settings.language,
    numberFormat: settings.numberFormat,
    dateFormat: settings.dateFormat,
    defaultMarking: settings.defaultMarking,
    backupFolder: settings.backupFolder ?? '',
    backupsToKeep: String(settings.backupsToKeep),
    idleLockMinutes: String(settings.idleLockMinutes),
  };
}

export const isDirty = (draft: SettingsDraft, settings: Settings) => {
  const saved = toDraft(settings);
  return (Object.keys(saved) as (keyof SettingsDraft)[]).some((key) => saved[key] !== draft[key]);
};

// Arabic keyboards type Arabic-Indic digits (٠١٢ or ۰۱۲); both mean the same numbers.
const westernDigits = (text: string) => text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));

function wholeNumber(text: string, range: { min: number; max: number }): number | FieldProblem {
  const digits = westernDigits(text.trim());
  if (digits === '') return { code: 'required' };
  if (!/^\d{1,9}$/.test(digits)) return { code: 'wholeNumber' };
  const value = Number(digits);
  return value < range.min || value > range.max ? { code: 'range', ...range } : value;
}

/** The number a field holds when it is a valid one, for hints that describe it ("the newest 14 are kept"). */
export function validNumber(text: string, range: { min: number; max: number }): number | null {
  const value = wholeNumber(text, range);
  return typeof value === 'number' ? value : null;
}

/** A full path: from the root (/), a drive (C:\), or a network share (\\server\share). */
const isAbsolutePath = (path: string) => /^(?:\/|[A-Za-z]:[\\/]|\\\\[^\\])/.test(path);

/** Checks a draft: either the change to save, or a problem for each field that needs correcting. */
export function readDraft(draft: SettingsDraft): { patch: Required<SettingsChange> } | { problems: Problems } {
  const problems: Problems = {};
  const marking = draft.defaultMarking.trim();
  if (marking === '') problems.defaultMarking = { code: 'required' };
  else if (marking.length > limits.markingMax) problems.defaultMarking = { code: 'tooLong', max: limits.markingMax };

  const folder = draft.backupFolder.trim();
  if (folder.length > limits.folderMax) problems.backupFolder = { code: 'tooLong', max: limits.folderMax };
  else if (folder !== '' && !isAbsolutePath(folder)) problems.backupFolder = { code: 'notAbsolute' };

  const backups = wholeNumber(draft.backupsToKeep, limits.backups);
  if (typeof backups !== 'number') problems.backupsToKeep = backups;
  const idle = wholeNumber(draft.idleLockMinutes, limits.idle);
  if (typeof idle !== 'number') problems.idleLockMinutes = idle;

  if (typeof backups !== 'number' || typeof idle !== 'number' || Object.keys(problems).length > 0) return { problems };
  return {
    patch: {
      language: draft.language,
      numberFormat: draft.numberFormat,
      dateFormat: draft.dateFormat,
      defaultMarking: marking,
      backupFolder: folder === '' ? null : folder,
      backupsToKeep: backups,
      idleLockMinutes: idle,
    },
  };
}
