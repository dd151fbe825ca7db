import { useTranslation } from 'react-i18next';
import type { SourceLinkRow } from '../../../db/schema/relations';
import { RecordLink } from './RecordLink';

/**
 * The sources of one field, beside its value. A figure no source backs is marked as an assumption,
 * so nobody mistakes it for a fact in a briefing.
 */
export function FigureSources({ field, links, figure }: { field: string; links: readonly SourceLinkRow[]; figure: boolean }) {
  const { t } = useTranslation();
  const own = links.filter((l) => l.field === field);
  if (own.length > 0) {
    return (
      <span className="figure-source">
        {t('figure.source')}{' '}
        {own.map((l, i) => (
          <span key={l.id}>
            {i > 0 && t('list.separator')}
            <RecordLink section="sources" id={l.sourceId}>
              {l.sourceTitle}
            </RecordLink>
          </span>
        ))}
      </span>
    );
  }
  if (!figure) return null;
  return (
    <span className="assumption" title={t('figure.assumptionHint')}>
      {t('figure.assumption')}
    </span>
  );
}
