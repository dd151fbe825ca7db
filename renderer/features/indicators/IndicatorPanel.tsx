import { useTranslation } from 'react-i18next';
import type { Client } from '../../api/client';
import type { ReferenceCache } from '../../grid/data/references';
import { DetailPanel, PanelSection } from '../../grid/panel/DetailPanel';
import { RecordHistory } from '../../grid/panel/RecordHistory';
import { SourcesEditor } from '../../grid/panel/SourcesEditor';
import { usePanelData } from '../../grid/panel/use-panel-data';
import { ErrorNotice } from '../shared/ErrorNotice';

interface Props {
  id: number;
  name: string;
  client: Client;
  references: ReferenceCache;
  fields: readonly { field: string; label: string }[];
}

/** The active observation beside the grid: further sources for it (a qualifier, a page) and its history. */
export function IndicatorPanel({ id, name, client, references, fields }: Props) {
  const { t } = useTranslation('grid');
  const { data, error } = usePanelData(
    client,
    `indicator:${id}`,
    async () => (await client.api('observations.relations', { id })).sources,
    ['indicator_observations', 'source_links', 'sources'],
  );
  const label = (f: string) => fields.find((x) => x.field === f)?.label ?? f;
  return (
    <DetailPanel kind={t('record.indicator')} name={name}>
      {error && <ErrorNotice error={error} />}
      {data && (
        <PanelSection title={t('panel.sources')}>
          <SourcesEditor client={client} references={references} entityType="indicator" entityId={id} links={data} fields={fields} />
        </PanelSection>
      )}
      <PanelSection title={t('history.title')}>
        <RecordHistory client={client} table="indicator_observations" id={id} fieldLabel={label} />
      </PanelSection>
    </DetailPanel>
  );
}
