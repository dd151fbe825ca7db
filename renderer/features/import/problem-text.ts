import { useTranslation } from 'react-i18next';
import { ltr } from '../../app/i18n/isolate';
import { useImportFieldLabel } from './field-label';
import type { ImportTable, Inspection, Preview } from './import-store';

export type Issue = Preview['issues'][number];

/**
 * A report issue in the interface's language: its code picks the sentence (import:problems.<code>)
 * and its params fill it. Params naming something the catalogue can say (a table, a field, a number
 * format, a delimiter) are said in the same language; counts stay numbers for the plural forms;
 * anything else (rows, values, names from the file) is isolated left to right in a right-to-left
 * language, so that in Arabic "1.234,5" or "3, 7" keep their order; elsewhere the text is left as it
 * is, so that a copied sentence carries no invisible marks. The English sentence is the fallback
 * for an unknown code.
 */
export function useProblemText(table: ImportTable, fields: Inspection['fields']): { problem: (issue: Issue) => string; column: (issue: Issue) => string | null } {
  const { t, i18n } = useTranslation('import');
  const fieldLabel = useImportFieldLabel(table);
  const apart = i18n.dir() === 'rtl' ? ltr : String;
  const say = (name: string, value: string | number): string | number => {
    switch (name) {
      case 'count':
      case 'columns':
        return value;
      case 'table':
        return String(t(`table.${value}` as 'table.clusters'));
      case 'field': {
        const field = fields.find((f) => f.key === value);
        return field ? fieldLabel(field) : apart(String(value));
      }
      case 'written':
      case 'declared':
      case 'format':
        return String(t(`problems.numberFormat.${value}` as 'problems.numberFormat.decimal-point'));
      case 'delimiter':
        return String(t(`delimiter.${value}` as 'delimiter.comma'));
      default:
        return apart(String(value));
    }
  };
  return {
    problem(issue) {
      const params = Object.fromEntries(Object.entries(issue.params ?? {}).map(([name, value]) => [name, say(name, value)]));
      return String(t(`problems.${issue.code}` as 'problems.number.notANumber', { ...params, defaultValue: issue.problem }));
    },
    // A required field no column fills is named by its label, not by a header of the file.
    column: (issue) => (issue.code === 'mapping.requiredUnmapped' && issue.params?.field !== undefined ? String(say('field', issue.params.field)) : issue.column),
  };
}
