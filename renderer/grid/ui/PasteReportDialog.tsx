import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridColumn } from '../columns/types';
import type { PasteReport } from './grid-ui';
import { useMessageText } from './MessageText';

const SHOWN = 200;

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
  const titleId = useId();
  const descId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const { issues } = report.plan;
  const header = (col: number, field: string) => columns[col]?.header ?? (field || t('report.noColumn'));
  return (
    <section
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-describedby={descId}
      className="grid-popover paste-report"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onResolve(false);
        }
      }}
    >
      <h2 id={titleId}>{t(`report.title.${report.action}`)}</h2>
      <p id={descId}>{t('report.summary', { count: issues.length })}</p>
      <ul className="report-list">
        {issues.slice(0, SHOWN).map((i, n) => (
          <li key={n}>
            {t('cellLine', { row: i.row + 1, column: header(i.col, i.field), message: say(i.message) })}
            {i.text !== '' && (
              <>
                {' '}
                <bdi>{t('report.quoted', { text: i.text.length > 60 ? `${i.text.slice(0, 60)}…` : i.text })}</bdi>
              </>
            )}
          </li>
        ))}
      </ul>
      {issues.length > SHOWN && <p className="muted">{t('report.more', { count: issues.length - SHOWN })}</p>}
      <div className="button-row">
        {report.validCells > 0 && (
          <button type="button" onClick={() => onResolve(true)}>
            {t('report.applyValid', { count: report.validCells })}
          </button>
        )}
        <button ref={cancel} type="button" onClick={() => onResolve(false)}>
          {t('report.applyNothing')}
        </button>
      </div>
    </section>
  );
}
