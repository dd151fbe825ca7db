import { useTranslation } from 'react-i18next';
import type { GridColumn } from '../columns/types';
import type { PasteReport } from './grid-ui';
import { useMessageText } from './MessageText';
import { PasteReportFrame } from './PasteReportFrame';

interface Props {
  report: PasteReport;
  columns: readonly GridColumn[];
  onResolve(applyValid: boolean): void;
}

/**
 * A paste (or fill, bulk edit, clear) with invalid cells: nothing has been written. The dialog lists
 * each invalid cell by row and column with what is wrong, and the analyst chooses to apply only the
 * valid cells or nothing.
 */
export function PasteReportDialog({ report, columns, onResolve }: Props) {
  const { t } = useTranslation('grid');
  const say = useMessageText();
  const { issues } = report.plan;
  const header = (col: number, field: string) => columns[col]?.header ?? (field || t('report.noColumn'));
  return (
    <PasteReportFrame
      className="grid-popover paste-report"
      heading="h2"
      title={t(`report.title.${report.action}`)}
      summary={t('report.summary', { count: issues.length })}
      issues={issues}
      listClassName="report-list"
      line={(i) => (
        <>
          {t('cellLine', { row: i.row + 1, column: header(i.col, i.field), message: say(i.message) })}
          {i.text !== '' && (
            <>
              {' '}
              <bdi>{t('report.quoted', { text: i.text.length > 60 ? `${i.text.slice(0, 60)}…` : i.text })}</bdi>
            </>
          )}
        </>
      )}
      more={(count) => t('report.more', { count })}
      applyValid={report.validCells > 0 ? t('report.applyValid', { count: report.validCells }) : null}
      applyNothing={t('report.applyNothing')}
      onResolve={onResolve}
    />
  );
}
