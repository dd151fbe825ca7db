import type { Override, OverrideField } from '../../../../db/scenario';
import { numberToText } from '../../../grid/model/number-text';
import { checkNumber, rules, type NumberCheck, type NumberRule } from '../number-input';

export type NumericField = Exclude<OverrideField, 'include'>;

export type OverrideColumn = { field: 'include'; kind: 'include' } | { field: NumericField; kind: 'number'; rule: NumberRule };

const num = (field: NumericField, rule: NumberRule): OverrideColumn => ({ field, kind: 'number', rule });

/**
 * The grid's columns, in the order an analyst reads a project: counted or not, when, how much, how
 * likely, what it costs and employs, localisation. Each number is checked with its rule as typed or pasted.
 */
export const OVERRIDE_COLUMNS: readonly OverrideColumn[] = [
  { field: 'include', kind: 'include' },
  num('startYear', rules.year),
  num('delayYears', rules.years100),
  num('rampUpYears', rules.years30),
  num('abatementKt', rules.amount),
  num('abatementFactor', rules.factor),
  num('probabilityPct', rules.percent),
  num('capex', rules.amount),
  num('capexFactor', rules.factor),
  num('jobsConstruction', rules.count),
  num('jobsPermanent', rules.count),
  num('localisationCurrentPct', rules.percent),
  num('localisationTargetPct', rules.percent),
  num('localisationTargetYear', rules.year),
];

/** How cell text is read and written in the analyst's language. */
export interface CellConventions {
  separators: { decimal: string; group: string };
  /** The labels of the include column, as shown and copied: counted, left out. */
  yes: string;
  no: string;
}

export type CellProblem = { key: 'include' } | { key: Exclude<NumberCheck, { ok: true }>['error']; rule: NumberRule };

export type CellRead = { ok: true; value: Override[OverrideField] | null } | { ok: false; problem: CellProblem };

/** What this scenario sets in a cell, as text to edit or copy; empty when the value is inherited. */
export function ownText(column: OverrideColumn, value: unknown, c: CellConventions): string {
  if (value === undefined || value === null) return '';
  if (column.kind === 'include') return value ? c.yes : c.no;
  return numberToText(value as number, c.separators.decimal);
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Text typed or pasted into a cell, as the value this scenario sets: empty text sets nothing (the
 * value is inherited again). The include column takes its two labels, or TRUE and FALSE as a
 * spreadsheet writes them.
 */
export function readCell(column: OverrideColumn, text: string, c: CellConventions): CellRead {
  if (text.trim() === '') return { ok: true, value: null };
  if (column.kind === 'include') {
    if (same(text, c.yes) || same(text, 'true')) return { ok: true, value: true };
    if (same(text, c.no) || same(text, 'false')) return { ok: true, value: false };
    return { ok: false, problem: { key: 'include' } };
  }
  const checked = checkNumber(text, column.rule, c.separators);
  return checked.ok ? { ok: true, value: checked.value } : { ok: false, problem: { key: checked.error, rule: column.rule } };
}
