import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks once before deleting the selected rows, and says how to get them back. */
export function ConfirmDeleteDialog({ rows, what, onAnswer }: { rows: number; what: string; onAnswer(yes: boolean): void }) {
  const { t } = useTranslation('grid');
  const titleId = useId();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <section
      role="alertdialog"
      aria-labelledby={titleId}
      className="grid-popover confirm-delete"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onAnswer(false);
        }
      }}
    >
      <h2 id={titleId}>{t('delete.question', { count: rows, what })}</h2>
      <p>{t('delete.undoHint')}</p>
      <div className="button-row">
        <button ref={confirm} type="button" className="danger" onClick={() => onAnswer(true)}>
          {t('delete.confirm', { count: rows })}
        </button>
        <button type="button" onClick={() => onAnswer(false)}>
          {t('actions.cancel')}
        </button>
      </div>
    </section>
  );
}
