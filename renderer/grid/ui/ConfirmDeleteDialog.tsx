import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Popover } from './Popover';

/** Asks once before deleting the selected rows, and says how to get them back. */
export function ConfirmDeleteDialog({ rows, what, onAnswer }: { rows: number; what: string; onAnswer(yes: boolean): void }) {
  const { t } = useTranslation('grid');
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <Popover role="alertdialog" className="grid-popover confirm-delete" title={t('delete.question', { count: rows, what })} onEscape={() => onAnswer(false)}>
      <p>{t('delete.undoHint')}</p>
      <div className="button-row">
        <button ref={confirm} type="button" className="danger" onClick={() => onAnswer(true)}>
          {t('delete.confirm', { count: rows })}
        </button>
        <button type="button" onClick={() => onAnswer(false)}>
          {t('actions.cancel')}
        </button>
      </div>
    </Popover>
  );
}
