import { zodMessageCodes } from './zod-message';

/**
 * Every problem the import report can name, as a stable code the wizard translates
 * (import:problems.<code>); the English sentence stays beside it for logs, errors and tests.
 * Kept free of the readers' imports, so the contract and the renderer can use the list.
 */
export const problemCodes = [
  'number.notANumber',
  'number.boolean',
  'number.notWhole',
  'number.otherFormat',
  'number.ambiguousThousands',
  'number.ambiguousDecimal',
  'date.boolean',
  'date.notCalendar',
  'date.excelRange',
  'date.excel1900Leap',
  'date.ambiguous',
  'date.notADate',
  'country.unknown',
  'choice.notAChoice',
  'choice.notChoices',
  ...zodMessageCodes.map((c) => `field.${c}` as const),
  'field.requiredForNew',
  'field.requiredForUpdate',
  'rule.lowAboveCentral',
  'rule.highBelowCentral',
  'rule.lowAboveHigh',
  'rule.startBeforeSigning',
  'rule.fidBeforeSigning',
  'rule.targetYearRequired',
  'rule.countryRequired',
  'rule.subjectNotForCountry',
  'rule.subjectRequired',
  'rule.other',
  'match.observationUpdate',
  'match.severalExisting',
  'match.sameRecord',
  'match.duplicateName',
  'match.columnNeeded',
  'mapping.unknownField',
  'mapping.twoColumns',
  'mapping.requiredUnmapped',
  'reference.ambiguous',
  'reference.unresolved',
  'reference.leftEmpty',
  'reference.ambiguousInFile',
  'reference.self',
  'reference.cycle',
  'csv.tooFewValues',
  'csv.tooManyValues',
  'csv.missingQuote',
  'csv.invalidQuote',
  'xlsx.cellError',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

/** The values a problem's text needs: counts, row numbers, names as the file writes them, codes of choices. */
export type ProblemParams = Record<string, string | number>;

/** What is wrong: the code the view translates, its values, and the English sentence. */
export interface Problem {
  code: ProblemCode;
  params?: ProblemParams;
  problem: string;
}

export const problemOf = (code: ProblemCode, problem: string, params?: ProblemParams): Problem => (params ? { code, params, problem } : { code, problem });

const known = new Set<string>(problemCodes);

/** A rule of db/schema/rules.ts as a problem; a rule this list does not know yet is said generically. */
export const ruleProblem = (rule: { message: string; code?: string; params?: ProblemParams }): Problem => {
  const code = `rule.${rule.code ?? 'other'}`;
  return problemOf(known.has(code) ? (code as ProblemCode) : 'rule.other', rule.message, rule.params);
};
