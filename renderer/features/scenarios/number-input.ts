import { parseNumberText } from '../../grid/model/number-text';

/** The limits of a value an analyst types: whole years, a percentage, a factor. */
export interface NumberRule {
  min: number;
  max?: number;
  integer?: boolean;
}

export type NumberCheck = { ok: true; value: number | null } | { ok: false; error: 'notANumber' | 'notWhole' | 'tooLow' | 'tooHigh' };

/**
 * Typed text to a value within its rule; empty text is null (nothing set, so the value is
 * inherited). Numbers are read in the language's own conventions ("1,5" in Russian).
 */
export function checkNumber(text: string, rule: NumberRule, separators: { decimal: string; group: string }): NumberCheck {
  if (text.trim() === '') return { ok: true, value: null };
  const value = parseNumberText(text, separators);
  if (value === null) return { ok: false, error: 'notANumber' };
  if (rule.integer && !Number.isInteger(value)) return { ok: false, error: 'notWhole' };
  if (value < rule.min) return { ok: false, error: 'tooLow' };
  if (rule.max !== undefined && value > rule.max) return { ok: false, error: 'tooHigh' };
  return { ok: true, value };
}

export const rules = {
  percent: { min: 0, max: 100 },
  factor: { min: 0 },
  amount: { min: 0 },
  count: { min: 0, integer: true },
  year: { min: 1900, max: 2100, integer: true },
  years30: { min: 0, max: 30, integer: true },
  years100: { min: 0, max: 100, integer: true },
} satisfies Record<string, NumberRule>;
