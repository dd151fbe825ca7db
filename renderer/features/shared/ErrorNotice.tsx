import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../db/contract/result';

/** What went wrong, in the store's own words, and what the analyst can do next; never a stack trace. */
export function ErrorNotice({ error, onRetry }: { error: AppErrorShape; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice-error">
      <p className="notice-title">{t(`errors.title.${error.code}`)}</p>
      {error.message && <p>{error.message}</p>}
      <p>
        <span className="notice-label">{t('errors.nextStepLabel')}</span> {t(`errors.nextStep.${error.code}`)}
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}
