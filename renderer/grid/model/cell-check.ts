import type { z } from 'zod';
import type { FieldIssue } from '../../../db/schema/rules';
import type { CellValue } from '../columns/types';
// Shared with the import report, which runs in the store and cannot import the renderer.
import { zodMessage } from '../../../db/io/zod-message';
import { message, type Message } from './messages';

/** Checks a value with the field's schema; null when it may be stored. */
export function checkValue(schema: z.ZodType | undefined, value: CellValue): Message | null {
  if (!schema) return null;
  const result = schema.safeParse(value);
  return result.success ? null : zodMessage(result.error.issues[0], value);
}

export type Rules = (values: Record<string, unknown>) => FieldIssue[];

/** A rule across fields (db/schema/rules.ts) as a message; params name fields, which the view labels. */
export const ruleMessage = (issue: FieldIssue): Message => message(`rule.${issue.code ?? 'other'}`, issue.params);

/**
 * The issues a change brings: the rules run on the row as it would be stored, and only issues the row
 * did not have before count, so an imported row with an old problem can still be edited elsewhere.
 */
export function newRuleIssues(rules: Rules | undefined, before: Record<string, unknown> | null, after: Record<string, unknown>): FieldIssue[] {
  if (!rules) return [];
  const key = (i: FieldIssue) => `${i.field}:${i.code ?? i.message}`;
  const old = new Set(before ? rules(before).map(key) : []);
  return rules(after).filter((i) => !old.has(key(i)));
}
