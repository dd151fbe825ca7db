import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { Progress } from '../../app/progress/Progress';
import { RefusalNotice } from './RefusalNotice';
import type { ImportStore } from './import-store';

/** Check, then import: one transaction with progress and a Cancel, and the outcome in numbers. */
export function CommitPanel({ store }: { store: ImportStore }) {
  const { t } = useTranslation('import');
  const { preview, busy, progress, outcome, error, check, commit, cancel } = useStore(store);
  // Rows that would only be skipped leave nothing to import.
  const total = preview ? preview.counts.insert + preview.counts.update : 0;
  return (
    <div className="import-commit">
      <div className="actions">
        <button type="button" onClick={() => void check()} disabled={busy !== null}>
          {busy === 'checking' ? t('commit.checking') : t('commit.check')}
        </button>
        <button type="button" onClick={() => void commit()} disabled={busy !== null || !preview?.ready || total === 0}>
          {preview ? t('commit.import', { count: total }) : t('commit.importUnchecked')}
        </button>
        {busy === 'committing' && (
          <button type="button" onClick={() => void cancel()}>
            {t('commit.cancel')}
          </button>
        )}
      </div>
      {preview && !preview.ready && <p className="field-error">{t('commit.blocked', { count: preview.errors })}</p>}
      {busy === 'committing' && (
        <Progress label={t(progress?.phase === 'writing' ? 'commit.writing' : 'commit.validating')} done={progress?.done} total={progress?.total} />
      )}
      <div role="status" aria-live="polite">
        {outcome?.status === 'committed' && (
          <p className="import-result">
            {t('result.inserted', { count: outcome.inserted })} {t('result.updated', { count: outcome.updated })} {t('result.skipped', { count: outcome.skipped })}
          </p>
        )}
        {outcome?.status === 'cancelled' && <p className="import-result">{t('result.cancelled')}</p>}
      </div>
      {error && <RefusalNotice error={error} />}
    </div>
  );
}
