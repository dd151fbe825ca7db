import { useTranslation } from 'react-i18next';
import { AgreementFields } from '../../../db/schema/entities';
import type { Client } from '../../api/client';
import { recordHref } from '../../app/routing/routes';
import type { ReferenceCache } from '../../grid/data/references';
import { DetailPanel, PanelSection } from '../../grid/panel/DetailPanel';
import { RecordHistory } from '../../grid/panel/RecordHistory';
import { SourcesEditor } from '../../grid/panel/SourcesEditor';
import { usePanelData } from '../../grid/panel/use-panel-data';
import { ErrorNotice } from '../shared/ErrorNotice';
import { useFieldLabel } from '../shared/use-field-label';
import { AgreementPartiesEditor } from './AgreementPartiesEditor';

interface Props {
  id: number;
  name: string;
  client: Client;
  references: ReferenceCache;
}

/** The active agreement beside the grid: its parties and signatories, its sources and its history. */
export function AgreementPanel({ id, name, client, references }: Props) {
  const { t } = useTranslation();
  const { t: tg } = useTranslation('grid');
  const fieldLabel = useFieldLabel();
  const { data, error } = usePanelData(client, `agreement:${id}`, () => client.api('agreements.relations', { id }), ['agreements', 'agreement_parties', 'partners', 'source_links', 'sources']);
  const fields = Object.keys(AgreementFields.shape).map((field) => ({ field, label: fieldLabel('agreement', field) }));
  return (
    <DetailPanel kind={t('record.agreement')} name={name} href={recordHref('agreements', id)}>
      {error && <ErrorNotice error={error} />}
      {data && (
        <>
          <PanelSection title={tg('panel.parties')}>
            <AgreementPartiesEditor client={client} references={references} agreementId={id} parties={data.parties} />
          </PanelSection>
          <PanelSection title={tg('panel.sources')}>
            <SourcesEditor client={client} references={references} entityType="agreement" entityId={id} links={data.sources} fields={fields} />
          </PanelSection>
        </>
      )}
      <PanelSection title={tg('history.title')}>
        <RecordHistory client={client} table="agreements" id={id} fieldLabel={(f) => fieldLabel('agreement', f)} />
      </PanelSection>
    </DetailPanel>
  );
}
