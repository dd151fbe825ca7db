import type { Problem } from './problems';

/** One line of the validation report the analyst reads before committing; `problem` is the English text of `code`. */
export interface ReportIssue extends Problem {
  /** The row as a spreadsheet shows it (the header is row 1); null for the file or the mapping as a whole. */
  row: number | null;
  /** The column's header in the file, or the field's label when no column is mapped to it. */
  column: string | null;
  value: string;
  /** Errors stop the commit; warnings say how a value was read and let it through. */
  severity: 'error' | 'warning';
}

/** Collects issues, keeping the first few hundred in full and counting the rest. */
export class Report {
  readonly issues: ReportIssue[] = [];
  errors = 0;
  warnings = 0;

  constructor(private readonly max: number) {}

  add(issue: ReportIssue): void {
    if (issue.severity === 'error') this.errors++;
    else this.warnings++;
    if (this.issues.length < this.max) this.issues.push(issue);
  }

  addAll(issues: readonly ReportIssue[]): void {
    for (const i of issues) this.add(i);
  }
}

export const cellText = (value: unknown): string => (value == null ? '' : String(value));

/** One issue as a sentence: where, what value, what is wrong. */
export function describeIssue(issue: ReportIssue): string {
  const where = [issue.row != null ? `row ${issue.row}` : null, issue.column != null ? `column "${issue.column}"` : null].filter(Boolean).join(', ');
  const value = issue.value !== '' ? `"${issue.value.slice(0, 80)}" ` : '';
  return `${where ? `${where}: ` : ''}${value}${issue.problem.replace(/\.$/, '')}`;
}
