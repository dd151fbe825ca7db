import { useTranslation } from 'react-i18next';
import { PasteReportFrame } from '../../../grid/ui/PasteReportFrame';
import type { PasteIssue, PastePlan } from './overrides-actions';
import { useProblemText } from './use-cell-text';

/**
 * A paste with cells that cannot be used: nothing has been applied. Each one is listed by its
 * project (or cluster) and column with what is wrong; the analyst applies the valid cells only, or nothing.
 */
export function OverridesPasteReport({ plan, onResolve }: { plan: PastePlan; onResolve(applyValid: boolean): void }) {
  const { t } = useTranslation('scenarios');
  const problemText = useProblemText();
  const line = (i: PasteIssue) =>
    i.name !== null && i.field !== null
      ? t('grid.report.cell', { row: i.name, column: t(`override.${i.field}`), message: problemText(i.problem), text: i.text })
      : t('grid.report.outside', { row: i.blockRow, column: i.blockCol, text: i.text });
  return (
    <PasteReportFrame
      className="sc-paste-report"
      heading="h3"
      title={t('grid.report.title')}
      summary={t('grid.report.summary', { count: plan.issues.length })}
      issues={plan.issues}
      line={(i) => <bdi>{line(i)}</bdi>}
      more={(count) => t('grid.report.more', { count })}
      applyValid={plan.writes.length > 0 ? t('grid.report.applyValid', { count: plan.writes.length }) : null}
      applyNothing={t('grid.report.applyNothing')}
      onResolve={onResolve}
    />
  );
}
