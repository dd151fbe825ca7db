import { useTranslation } from 'react-i18next';
import type { Client } from '../../api/client';
import { sectionOfEntity, recordHref } from '../../app/routing/routes';
import { DetailPanel, PanelSection } from '../../grid/panel/DetailPanel';
import { RecordHistory } from '../../grid/panel/RecordHistory';
import { usePanelData } from '../../grid/panel/use-panel-data';
import { ErrorNotice } from '../shared/ErrorNotice';
import { RecordLink } from '../shared/RecordLink';
import { useFieldLabel } from '../shared/use-field-label';

/** The active source beside the grid: the facts it backs (linked from each record's panel) and its history. */
export function SourcePanel({ id, name, client }: { id: number; name: string; client: Client }) {
  const { t, i18n } = useTranslation();
  const { t: tg } = useTranslation('grid');
  // Sources are not a linkable entity, so their field labels are looked up here, by name.
  const sourceField = (f: string) => (i18n.exists(`fields.source.${f}`) ? t(`fields.source.${f}` as 'fields.source.title') : f);
  const fieldLabel = useFieldLabel();
  const { data, error } = usePanelData(client, `source:${id}`, () => client.api('sources.relations', { id }), ['sources', 'source_links']);
  return (
    <DetailPanel kind={t('record.source')} name={name} href={recordHref('sources', id)}>
      {error && <ErrorNotice error={error} />}
      {data && (
        <PanelSection title={tg('panel.links')}>
          {data.links.length === 0 ? (
            <p className="muted">{tg('panel.noneYet')}</p>
          ) : (
            <ul className="relation-list">
              {data.links.map((l) => {
                const section = sectionOfEntity[l.entityType];
                return (
                  <li key={l.id}>
                    {section ? (
                      <RecordLink section={section} id={l.entityId}>
                        {l.entityName}
                      </RecordLink>
                    ) : (
                      <bdi>{l.entityName}</bdi>
                    )}
                    <span className="meta">{t(`enum.linkableEntity.${l.entityType}`)}</span>
                    {l.field && <span className="meta">{tg('panel.backs', { field: fieldLabel(l.entityType, l.field) })}</span>}
                  </li>
                );
              })}
            </ul>
          )}
        </PanelSection>
      )}
      <PanelSection title={tg('history.title')}>
        <RecordHistory client={client} table="sources" id={id} fieldLabel={sourceField} />
      </PanelSection>
    </DetailPanel>
  );
}
