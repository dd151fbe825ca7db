import { useTranslation } from 'react-i18next';
import { PartnerFields } from '../../../db/schema/entities';
import type { Client } from '../../api/client';
import { recordHref } from '../../app/routing/routes';
import type { ReferenceCache } from '../../grid/data/references';
import { DetailPanel, PanelSection } from '../../grid/panel/DetailPanel';
import { RecordHistory } from '../../grid/panel/RecordHistory';
import { SourcesEditor } from '../../grid/panel/SourcesEditor';
import { usePanelData } from '../../grid/panel/use-panel-data';
import { ErrorNotice } from '../shared/ErrorNotice';
import { RecordLink } from '../shared/RecordLink';
import { useFieldLabel } from '../shared/use-field-label';

interface Props {
  id: number;
  name: string;
  client: Client;
  references: ReferenceCache;
}

/** The active partner beside the grid: the projects it takes part in (edited on each project), its sources and history. */
export function PartnerPanel({ id, name, client, references }: Props) {
  const { t } = useTranslation();
  const { t: tg } = useTranslation('grid');
  const fieldLabel = useFieldLabel();
  const { data, error } = usePanelData(client, `partner:${id}`, () => client.api('partners.relations', { id }), ['partners', 'project_roles', 'projects', 'source_links', 'sources']);
  const fields = Object.keys(PartnerFields.shape).map((field) => ({ field, label: fieldLabel('partner', field) }));
  return (
    <DetailPanel kind={t('record.partner')} name={name} href={recordHref('partners', id)}>
      {error && <ErrorNotice error={error} />}
      {data && (
        <>
          <PanelSection title={tg('panel.roles')}>
            {data.roles.length === 0 ? (
              <p className="muted">{tg('panel.noneYet')}</p>
            ) : (
              <ul className="relation-list">
                {data.roles.map((r) => (
                  <li key={r.id}>
                    <RecordLink section="projects" id={r.projectId}>
                      {r.projectName}
                    </RecordLink>
                    <span className="meta">{t(`enum.projectRole.${r.role}`)}</span>
                  </li>
                ))}
              </ul>
            )}
          </PanelSection>
          <PanelSection title={tg('panel.sources')}>
            <SourcesEditor client={client} references={references} entityType="partner" entityId={id} links={data.sources} fields={fields} />
          </PanelSection>
        </>
      )}
      <PanelSection title={tg('history.title')}>
        <RecordHistory client={client} table="partners" id={id} fieldLabel={(f) => fieldLabel('partner', f)} />
      </PanelSection>
    </DetailPanel>
  );
}
