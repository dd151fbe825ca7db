import { useTranslation } from 'react-i18next';
import { PartnerFields } from '../../../db/schema/entities';
import { PanelSection } from '../../grid/panel/DetailPanel';
import { RecordLink } from '../shared/RecordLink';
import { RecordPanel, type RecordPanelProps } from '../shared/RecordPanel';

/** The active partner beside the grid: the projects it takes part in (edited on each project), its sources and history. */
export function PartnerPanel(props: RecordPanelProps) {
  const { id, client } = props;
  const { t } = useTranslation();
  const { t: tg } = useTranslation('grid');
  return (
    <RecordPanel
      {...props}
      entity="partner"
      fieldNames={Object.keys(PartnerFields.shape)}
      load={() => client.api('partners.relations', { id })}
      watched={['partners', 'project_roles', 'projects', 'source_links', 'sources']}
      sources={(data) => data.sources}
    >
      {(data) => (
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
      )}
    </RecordPanel>
  );
}
