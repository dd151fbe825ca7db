import { useTranslation } from 'react-i18next';
import type { Client } from '../../api/client';
import { useFormat } from '../../app/i18n/use-format';
import { recordHref } from '../../app/routing/routes';
import type { ReferenceCache } from '../../grid/data/references';
import { DetailPanel, PanelSection } from '../../grid/panel/DetailPanel';
import { RecordHistory } from '../../grid/panel/RecordHistory';
import { SourcesEditor } from '../../grid/panel/SourcesEditor';
import { usePanelData } from '../../grid/panel/use-panel-data';
import { ErrorNotice } from '../shared/ErrorNotice';
import { FieldList, type FieldItem } from '../shared/FieldList';
import { useFieldLabel } from '../shared/use-field-label';
import { abatementText, capexText, localisationTargetText } from './project-figures';
import { ProjectRolesEditor } from './ProjectRolesEditor';
import { ProjectFields } from '../../../db/schema/entities';

interface Props {
  id: number;
  name: string;
  client: Client;
  references: ReferenceCache;
}

/** The active project beside the grid: its figures with their sources, its partners, its sources and its history. */
export function ProjectPanel({ id, name, client, references }: Props) {
  const { t } = useTranslation();
  const { t: tg } = useTranslation('grid');
  const format = useFormat();
  const fieldLabel = useFieldLabel();
  const { data, error } = usePanelData(
    client,
    `project:${id}`,
    async () => ({ record: await client.api('projects.get', { id }), relations: await client.api('projects.relations', { id }) }),
    ['projects', 'project_roles', 'partners', 'source_links', 'sources'],
  );
  const fields = Object.keys(ProjectFields.shape).map((field) => ({ field, label: fieldLabel('project', field) }));
  return (
    <DetailPanel kind={t('record.project')} name={data?.record.name ?? name} href={recordHref('projects', id)}>
      {error && <ErrorNotice error={error} />}
      {data && (
        <>
          <PanelSection title={tg('panel.fields')}>
            <FieldList
              sources={data.relations.sources}
              items={
                [
                  { field: 'capex', label: t('fields.project.capex'), figure: true, value: capexText(data.record, t, format) },
                  { field: 'abatementKt', label: t('fields.project.abatementKt'), figure: true, value: abatementText(data.record, t, format) },
                  {
                    field: 'jobsPermanent',
                    label: t('fields.project.jobsPermanent'),
                    figure: true,
                    value: data.record.jobsPermanent === null ? null : format.number(data.record.jobsPermanent, 0),
                  },
                  { field: 'localisationTargetPct', label: t('fields.project.localisationTargetPct'), figure: true, value: localisationTargetText(data.record, t, format) },
                ] satisfies FieldItem[]
              }
            />
          </PanelSection>
          <PanelSection title={tg('panel.partners')}>
            <ProjectRolesEditor client={client} references={references} projectId={id} roles={data.relations.roles} />
          </PanelSection>
          <PanelSection title={tg('panel.sources')}>
            <SourcesEditor client={client} references={references} entityType="project" entityId={id} links={data.relations.sources} fields={fields} />
          </PanelSection>
        </>
      )}
      <PanelSection title={tg('history.title')}>
        <RecordHistory client={client} table="projects" id={id} fieldLabel={(f) => fieldLabel('project', f)} />
      </PanelSection>
    </DetailPanel>
  );
}
