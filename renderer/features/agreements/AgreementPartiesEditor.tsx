import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementPartyRow } from '../../../db/schema/relations';
import type { Client } from '../../api/client';
import type { Option } from '../../grid/columns/types';
import type { ReferenceCache } from '../../grid/data/references';
import { RecordPicker } from '../../grid/panel/RecordPicker';
import { useAction } from '../../grid/panel/use-action';
import { ErrorNotice } from '../shared/ErrorNotice';

const blankToNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** Who signed for a party: a name and a title, either of which may be left blank. */
function SignatoryFields({ name, title, onName, onTitle }: { name: string; title: string; onName(v: string): void; onTitle(v: string): void }) {
  const { t } = useTranslation('grid');
  return (
    <>
      <label>
        {t('panel.signatoryName')} <input type="text" value={name} onChange={(e) => onName(e.target.value)} dir="auto" />
      </label>
      <label>
        {t('panel.signatoryTitle')} <input type="text" value={title} onChange={(e) => onTitle(e.target.value)} dir="auto" />
      </label>
    </>
  );
}

function PartyLine({ party, client, onRun }: { party: AgreementPartyRow; client: Client; onRun: ReturnType<typeof useAction>['run'] }) {
  const { t } = useTranslation('grid');
  const [name, setName] = useState(party.signatoryName ?? '');
  const [title, setTitle] = useState(party.signatoryTitle ?? '');
  return (
    <li>
      <bdi>{party.partnerName}</bdi>
      <form
        className="inline-form"
        aria-label={t('panel.saveParty', { name: party.partnerName })}
        onSubmit={(e) => {
          e.preventDefault();
          void onRun(() => client.api('parties.update', { id: party.id, signatoryName: blankToNull(name), signatoryTitle: blankToNull(title) }));
        }}
      >
        <SignatoryFields name={name} title={title} onName={setName} onTitle={setTitle} />
        <button type="submit">{t('panel.saveParty', { name: party.partnerName })}</button>
        <button
          type="button"
          className="link-button"
          aria-label={t('panel.removeParty', { name: party.partnerName })}
          onClick={() => void onRun(() => client.api('parties.delete', { id: party.id }))}
        >
          {t('panel.remove')}
        </button>
      </form>
    </li>
  );
}

/** An agreement's parties with the name and title of who signed for each, editable; a new party picked by search. */
export function AgreementPartiesEditor({ client, references, agreementId, parties }: { client: Client; references: ReferenceCache; agreementId: number; parties: readonly AgreementPartyRow[] }) {
  const { t } = useTranslation('grid');
  const action = useAction();
  const [partner, setPartner] = useState<Option | null>(null);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!partner) return;
    const ok = await action.run(() =>
      client.api('parties.create', { agreementId, partnerId: Number(partner.value), signatoryName: blankToNull(name), signatoryTitle: blankToNull(title) }),
    );
    if (ok) {
      setPartner(null);
      setName('');
      setTitle('');
    }
  };
  return (
    <div>
      {parties.length === 0 ? (
        <p className="muted">{t('panel.noneYet')}</p>
      ) : (
        <ul className="relation-list">
          {parties.map((p) => (
            <PartyLine key={`${p.id}:${p.signatoryName}:${p.signatoryTitle}`} party={p} client={client} onRun={action.run} />
          ))}
        </ul>
      )}
      <form className="panel-form" onSubmit={(e) => void add(e)} aria-label={t('panel.addParty')}>
        <RecordPicker label={t('panel.partner')} target="partners" references={references} value={partner} onChange={setPartner} />
        <SignatoryFields name={name} title={title} onName={setName} onTitle={setTitle} />
        <button type="submit" disabled={!partner || action.busy}>
          {t('panel.addParty')}
        </button>
      </form>
      {action.error && <ErrorNotice error={action.error} />}
    </div>
  );
}
