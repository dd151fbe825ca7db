import { useTranslation } from 'react-i18next';
import type { AgreementLine } from '../../../db/schema/briefing-document';
import { useLabels } from '../labels';
import { DataTable, type DataColumn } from '../parts/DataTable';
import { Plain } from '../parts/Plain';

/** A signatory as printed: the name, then the title where one is recorded. */
export const signatoryText = (s: { signatoryName: string | null; signatoryTitle: string | null }) => [s.signatoryName, s.signatoryTitle].filter(Boolean).join(', ');

/**
 * Agreements with their kind, date and event, parties and status. A template that tells the parties
 * otherwise (a partner's digest: its own signatory, then the other parties) passes its own party columns.
 */
export function AgreementsTable<A extends AgreementLine>({ agreements, partyColumns }: { agreements: readonly A[]; partyColumns?: DataColumn<A>[] }) {
  const { t } = useTranslation('briefings');
  const l = useLabels();
  const dash = '—';
  const parties: DataColumn<A> = {
    key: 'parties',
    header: t('agreement.parties'),
    cell: (a) => (
      <ul className="doc-inline-list">
        {a.parties.map((p, i) => (
          <li key={i}>
            <Plain text={p.name} />
            {p.signatoryName && (
              <>
                {' '}
                (<Plain text={signatoryText(p)} />)
              </>
            )}
          </li>
        ))}
      </ul>
    ),
  };
  return (
    <DataTable
      rows={agreements}
      rowKey={(a) => a.id}
      columns={[
        { key: 'title', header: t('agreement.title'), rowHeader: true, cell: (a) => <Plain text={a.title} /> },
        { key: 'kind', header: t('agreement.kind'), cell: (a) => l.agreementKind(a.kind) },
        {
          key: 'signed',
          header: t('agreement.signed'),
          cell: (a) => (
            <>
              {a.signedOn === null ? dash : l.format.partialDate(a.signedOn)}
              {a.event && (
                <>
                  , <Plain text={a.event} />
                </>
              )}
            </>
          ),
        },
        ...(partyColumns ?? [parties]),
        { key: 'status', header: t('agreement.status'), cell: (a) => l.agreementStatus(a.status) },
      ]}
    />
  );
}
