import { useTranslation } from 'react-i18next';
import { ClusterFields } from '../../../db/schema/entities';
import type { Client } from '../../api/client';
import { useFormat } from '../../app/i18n/use-format';
import { recordHref } from '../../app/routing/routes';
import type { ReferenceCache } from '../../grid/data/references';
import { DetailPanel, PanelSection } from '../../grid/panel/DetailPanel';
import { RecordHistory } from '../../grid/panel/RecordHistory';
import { SourcesEditor } from '../../grid/panel/SourcesEditor';
import { usePanelData } from '../../grid/panel/use-panel-data';
import { ErrorNotice } from '../shared/ErrorNotice';
import { FieldList } from '../shared/FieldList';
import { useFieldLabel } from '../shared/use-field-label';
import { ClusterProjectsEditor } from './ClusterProjectsEditor';

interface Props {
  id: number;
  name: string;
  client: Client;
  references: ReferenceCache;
}

/** The active cluster beside the grid: its headline figures with their sources, its projects, sources and history. */
export function ClusterPanel({ id, name, client, references }: Props) {
  const { t } = useTranslation();
  const { t: tg } = useTranslation('grid');
  const format = useFormat();
  const fieldLabel = useFieldLabel();
  const { data, error } = usePanelData(
    client,
    `cluster:${id}`,
    async () => ({ record: await client.api('clusters.get', { id }), relations: await client.api('clusters.relations', { id }) }),
    ['clusters', 'projects', 'source_links', 'sources'],
  );
  const fields = Object.keys(ClusterFields.shape).map((field) => ({ field, label: fieldLabel('cluster', field) }));
  const mt = (v: number | null) => (v === null ? null : t('units.mtPerYear', { value: format.number(v) }));
  return (
    <DetailPanel kind={t('record.cluster')} name={data?.record.name ?? name} href={recordHref('clusters', id)}>
      {error && <ErrorNotice error={error} />}
      {data && (
        <>
          <PanelSection title={tg('panel.fields')}>
            <FieldList
              sources={data.relations.sources}
              items={[
                { field: 'baselineMt', label: t('fields.cluster.baselineMt'), figure: true, value: mt(data.record.baselineMt) },
                { field: 'reductionPotentialMt', label: t('fields.cluster.reductionPotentialMt'), figure: true, value: mt(data.record.reductionPotentialMt) },
                {
                  field: 'gdpUsdBn',
                  label: t('fields.cluster.gdpUsdBn'),
                  figure: true,
                  value: data.record.gdpUsdBn === null ? null : t('units.usdBn', { value: format.number(data.record.gdpUsdBn) }),
                },
                { field: 'jobs', label: t('fields.cluster.jobs'), figure: true, value: data.record.jobs === null ? null : format.number(data.record.jobs, 0) },
              ]}
            />
          </PanelSection>
          <PanelSection title={tg('panel.projects')}>
            <ClusterProjectsEditor client={client} references={references} clusterId={id} projects={data.relations.projects} />
          </PanelSection>
          <PanelSection title={tg('panel.sources')}>
            <SourcesEditor client={client} references={references} entityType="cluster" entityId={id} links={data.relations.sources} fields={fields} />
          </PanelSection>
        </>
      )}
      <PanelSection title={tg('history.title')}>
        <RecordHistory client={client} table="clusters" id={id} fieldLabel={(f) => fieldLabel('cluster', f)} />
      </PanelSection>
    </DetailPanel>
  );
}
