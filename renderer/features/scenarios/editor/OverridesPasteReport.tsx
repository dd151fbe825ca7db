import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasteIssue, PastePlan } from './overrides-actions';
import { useProblemText } from './use-cell-text';

const SHOWN = 200;

/**
 * A paste with cells that cannot be used: nothing has been applied. Each one is listed by its
 * project (or cluster) and column with what is wrong; the analyst applies the valid cells only, or nothing.
 */
export function OverridesPasteReport({ plan, onResolve }: { plan: PastePlan; onResolve(applyValid: boolean): void }) {
  const { t } = useTranslation('scenarios');
  const problemText = useProblemText();
  const titleId = useId();
  const descId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const line = (i: PasteIssue) =>
    i.name !== null && i.field !== null
      ? t('grid.report.cell', { row: i.name, column: t(`override.${i.field}`), message: problemText(i.problem), text: i.text })
      : t('grid.report.outside', { row: i.blockRow, column: i.blockCol, text: i.text });
  return (
    <section
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-describedby={descId}
      className="sc-paste-report"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onResolve(false);
        }
      }}
    >
      <h3 id={titleId}>{t('grid.report.title')}</h3>
      <p id={descId}>{t('grid.report.summary', { count: plan.issues.length })}</p>
      <ul>
        {plan.issues.slice(0, SHOWN).map((i, n) => (
          <li key={n}>
            <bdi>{line(i)}</bdi>
          </li>
        ))}
      </ul>
      {plan.issues.length > SHOWN && <p className="muted">{t('grid.report.more', { count: plan.issues.length - SHOWN })}</p>}
      <div className="button-row">
        {plan.writes.length > 0 && (
          <button type="button" onClick={() => onResolve(true)}>
            {t('grid.report.applyValid', { count: plan.writes.length })}
          </button>
        )}
        <button ref={cancel} type="button" onClick={() => onResolve(false)}>
          {t('grid.report.applyNothing')}
        </button>
      </div>
    </section>
  );
}
