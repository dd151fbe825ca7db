import { useTranslation } from 'react-i18next';
import { AgreementFields } from '../../../db/schema/entities';
import { PanelSection } from '../../grid/panel/DetailPanel';
import { RecordPanel, type RecordPanelProps } from '../shared/RecordPanel';
import { AgreementPartiesEditor } from './AgreementPartiesEditor';

/** The active agreement beside the grid: its parties and signatories, its sources and its history. */
export function AgreementPanel(props: RecordPanelProps) {
  const { id, client, references } = props;
  const { t: tg } = useTranslation('grid');
  return (
    <RecordPanel
      {...props}
      entity="agreement"
      fieldNames={Object.keys(AgreementFields.shape)}
      load={() => client.api('agreements.relations', { id })}
      watched={['agreements', 'agreement_parties', 'partners', 'source_links', 'sources']}
      sources={(data) => data.sources}
    >
      {(data) => (
        <PanelSection title={tg('panel.parties')}>
          <AgreementPartiesEditor client={client} references={references} agreementId={id} parties={data.parties} />
        </PanelSection>
      )}
    </RecordPanel>
  );
}
