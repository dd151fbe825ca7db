import { useTranslation } from 'react-i18next';
import { ClusterFields } from '../../../db/schema/entities';
import { useFormat } from '../../app/i18n/use-format';
import { PanelSection } from '../../grid/panel/DetailPanel';
import { RecordPanel, type RecordPanelProps } from '../shared/RecordPanel';
import { ClusterProjectsEditor } from './ClusterProjectsEditor';

/** The active cluster beside the grid: its headline figures with their sources, its projects, sources and history. */
export function ClusterPanel(props: RecordPanelProps) {
  const { id, client, references } = props;
  const { t } = useTranslation();
  const { t: tg } = useTranslation('grid');
  const format = useFormat();
  const mt = (v: number | null) => (v === null ? null : t('units.mtPerYear', { value: format.number(v) }));
  return (
    <RecordPanel
      {...props}
      entity="cluster"
      fieldNames={Object.keys(ClusterFields.shape)}
      load={async () => ({ record: await client.api('clusters.get', { id }), relations: await client.api('clusters.relations', { id }) })}
      watched={['clusters', 'projects', 'source_links', 'sources']}
      sources={(data) => data.relations.sources}
      loadedName={(data) => data.record.name}
      figures={({ record: r }) => [
        { field: 'baselineMt', label: t('fields.cluster.baselineMt'), figure: true, value: mt(r.baselineMt) },
        { field: 'reductionPotentialMt', label: t('fields.cluster.reductionPotentialMt'), figure: true, value: mt(r.reductionPotentialMt) },
        { field: 'gdpUsdBn', label: t('fields.cluster.gdpUsdBn'), figure: true, value: r.gdpUsdBn === null ? null : t('units.usdBn', { value: format.number(r.gdpUsdBn) }) },
        { field: 'jobs', label: t('fields.cluster.jobs'), figure: true, value: r.jobs === null ? null : format.number(r.jobs, 0) },
      ]}
    >
      {(data) => (
        <PanelSection title={tg('panel.projects')}>
          <ClusterProjectsEditor client={client} references={references} clusterId={id} projects={data.relations.projects} />
        </PanelSection>
      )}
    </RecordPanel>
  );
}
