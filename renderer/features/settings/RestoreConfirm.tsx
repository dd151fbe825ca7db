import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/dialog/Dialog';

/** Asks before a restore: what will be replaced, and that nothing is lost (the current file is kept aside). */
export function RestoreConfirm({ when, onAnswer }: { when: string; onAnswer(restore: boolean): void }) {
  const { t } = useTranslation('export');
  return (
    <Dialog title={t('backups.confirmTitle')} onClose={() => onAnswer(false)} testId="restore-confirm">
      <p>{t('backups.confirmText', { when })}</p>
      <p>{t('backups.confirmAside')}</p>
      <div className="actions">
        <button type="button" onClick={() => onAnswer(true)}>
          {t('backups.restore')}
        </button>
        <button type="button" className="secondary" autoFocus onClick={() => onAnswer(false)}>
          {t('backups.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
