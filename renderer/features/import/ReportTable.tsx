import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportTable, Inspection } from './import-store';
import { useProblemText, type Issue } from './problem-text';

/** The validation report: where (row, column), what value, what is wrong; errors stop the import, warnings do not. */
export function ReportTable({ issues, total, table, fields }: { issues: Issue[]; total: number; table: ImportTable; fields: Inspection['fields'] }) {
  const { t } = useTranslation('import');
  const id = useId();
  const text = useProblemText(table, fields);
  if (issues.length === 0) return <p className="import-clean">{t('report.none')}</p>;
  return (
    <section className="import-report" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('report.title')}</h4>
      {total > issues.length && <p className="hint">{t('report.first', { count: issues.length, total })}</p>}
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('report.row')}</th>
              <th scope="col">{t('report.column')}</th>
              <th scope="col">{t('report.value')}</th>
              <th scope="col">{t('report.problem')}</th>
              <th scope="col">{t('report.severity')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, i) => (
              <tr key={i} className={issue.severity === 'error' ? 'import-issue-error' : 'import-issue-warning'}>
                <td className="numeric">{issue.row ?? '—'}</td>
                <td>
                  <bdi>{text.column(issue) ?? '—'}</bdi>
                </td>
                <td>
                  <bdi>{issue.value || '—'}</bdi>
                </td>
                <td>{text.problem(issue)}</td>
                <td>{t(`report.${issue.severity}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
