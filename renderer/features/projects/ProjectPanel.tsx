import { useTranslation } from 'react-i18next';
import { ProjectFields } from '../../../db/schema/entities';
import { useFormat } from '../../app/i18n/use-format';
import { PanelSection } from '../../grid/panel/DetailPanel';
import { RecordPanel, type RecordPanelProps } from '../shared/RecordPanel';
import { abatementText, capexText, localisationTargetText } from './project-figures';
import { ProjectRolesEditor } from './ProjectRolesEditor';

/** The active project beside the grid: its figures with their sources, its partners, its sources and its history. */
export function ProjectPanel(props: RecordPanelProps) {
  const { id, client, references } = props;
  const { t } = useTranslation();
  const { t: tg } = useTranslation('grid');
  const format = useFormat();
  return (
    <RecordPanel
      {...props}
      entity="project"
      fieldNames={Object.keys(ProjectFields.shape)}
      load={async () => ({ record: await client.api('projects.get', { id }), relations: await client.api('projects.relations', { id }) })}
      watched={['projects', 'project_roles', 'partners', 'source_links', 'sources']}
      sources={(data) => data.relations.sources}
      loadedName={(data) => data.record.name}
      figures={({ record: r }) => [
        { field: 'capex', label: t('fields.project.capex'), figure: true, value: capexText(r, t, format) },
        { field: 'abatementKt', label: t('fields.project.abatementKt'), figure: true, value: abatementText(r, t, format) },
        { field: 'jobsPermanent', label: t('fields.project.jobsPermanent'), figure: true, value: r.jobsPermanent === null ? null : format.number(r.jobsPermanent, 0) },
        { field: 'localisationTargetPct', label: t('fields.project.localisationTargetPct'), figure: true, value: localisationTargetText(r, t, format) },
      ]}
    >
      {(data) => (
        <PanelSection title={tg('panel.partners')}>
          <ProjectRolesEditor client={client} references={references} projectId={id} roles={data.relations.roles} />
        </PanelSection>
      )}
    </RecordPanel>
  );
}
