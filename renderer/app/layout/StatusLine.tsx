import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../db/contract/methods';

/** How much the workspace holds, kept current by the workspace store. */
export function StatusLine({ counts }: { counts: WorkspaceInfo['counts'] }) {
  const { t } = useTranslation();
  const parts = [
    t('count.clusters', { count: counts.clusters }),
    t('count.projects', { count: counts.projects }),
    t('count.partners', { count: counts.partners }),
    t('count.agreements', { count: counts.agreements }),
    t('count.sources', { count: counts.sources }),
    t('count.indicators', { count: counts.indicators }),
    t('count.scenarios', { count: counts.scenarios }),
    t('count.briefings', { count: counts.briefings }),
  ];
  return (
    <footer className="status-line" aria-label={t('app.statusLabel')}>
      <ul>
        {parts.map((part) => (
          <li key={part}>{part}</li>
        ))}
      </ul>
    </footer>
  );
}
