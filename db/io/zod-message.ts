import type { z } from 'zod';

/**
 * The kinds of zod issue a view can say in the analyst's language. The grid (grid:messages.<code>)
 * and the import report (import:problems.field.<code>) both translate these, so one value breaks
 * one rule in the same words wherever it is typed or imported.
 */
export const zodMessageCodes = ['invalid', 'required', 'wholeNumber', 'negative', 'min', 'max', 'tooShort', 'tooLong', 'tooMany', 'format', 'notAChoice'] as const;
export type ZodMessageCode = (typeof zodMessageCodes)[number];

export interface ZodMessage {
  code: ZodMessageCode;
  params?: Record<string, string | number>;
}

const said = (code: ZodMessageCode, params?: Record<string, string | number>): ZodMessage => (params ? { code, params } : { code });

/** One zod issue as a code and the numbers its text needs; pure, so both the store and the renderer use it. */
export function zodMessage(issue: z.core.$ZodIssue, input: unknown): ZodMessage {
  switch (issue.code) {
    case 'invalid_type':
      if (input === null || input === undefined) return said('required');
      return issue.expected === 'int' ? said('wholeNumber') : said('invalid');
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? said('required') : said('tooShort', { min });
      if (issue.origin === 'number' || issue.origin === 'int') return min === 0 ? said('negative') : said('min', { min });
      return said('invalid');
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return said('tooLong', { max });
      if (issue.origin === 'array') return said('tooMany', { max });
      return said('max', { max });
    }
    case 'invalid_format':
    case 'custom':
      return said('format');
    case 'invalid_value':
      return said('notAChoice');
    default:
      return said('invalid');
  }
}
