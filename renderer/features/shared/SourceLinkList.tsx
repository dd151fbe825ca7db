import { useTranslation } from 'react-i18next';
import type { SourceLinkRow } from '../../../db/schema/relations';
import { useFormat } from '../../app/i18n/use-format';
import { RecordLink } from './RecordLink';
import { useFieldLabel } from './use-field-label';

/** The sources cited for a record: each a link, with what it backs (a field or the whole record). */
export function SourceLinkList({ links }: { links: readonly SourceLinkRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fieldLabel = useFieldLabel();
  return (
    <ul className="relation-list">
      {links.map((l) => (
        <li key={l.id}>
          <RecordLink section="sources" id={l.sourceId}>
            {l.sourceTitle}
          </RecordLink>
          {l.sourcePublisher && (
            <span className="meta">
              <bdi>{l.sourcePublisher}</bdi>
            </span>
          )}
          {l.sourcePublishedOn && <span className="meta">{format.partialDate(l.sourcePublishedOn)}</span>}
          <span className="meta">{l.field ? t('source.forField', { field: fieldLabel(l.entityType, l.field) }) : t('source.forRecord')}</span>
          {l.note && (
            <span className="note">
              <bdi>{l.note}</bdi>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
