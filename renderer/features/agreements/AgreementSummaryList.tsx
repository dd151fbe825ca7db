import { useTranslation } from 'react-i18next';
import type { AgreementKind } from '../../../db/schema/enums';
import { useFormat } from '../../app/i18n/use-format';
import { RecordLink } from '../shared/RecordLink';

interface AgreementSummary {
  id: number;
  title: string;
  kind: AgreementKind;
  signedOn: string | null;
}

/** Agreements around a cluster or project: each a link, with its kind and date. */
export function AgreementSummaryList({ agreements }: { agreements: readonly AgreementSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="relation-list">
      {agreements.map((a) => (
        <li key={a.id}>
          <RecordLink section="agreements" id={a.id}>
            {a.title}
          </RecordLink>
          <span className="meta">{t(`enum.agreementKind.${a.kind}`)}</span>
          {a.signedOn && <span className="meta">{format.partialDate(a.signedOn)}</span>}
        </li>
      ))}
    </ul>
  );
}
