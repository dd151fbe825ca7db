import { useTranslation } from 'react-i18next';
import type { AgreementLine } from '../../../db/schema/briefing-document';
import { useLabels } from '../labels';
import { DataTable } from '../parts/DataTable';
import { Plain } from '../parts/Plain';

/** Agreements with their kind, date and event, parties and status. */
export function AgreementsTable({ agreements }: { agreements: readonly AgreementLine[] }) {
  const { t } = useTranslation('briefings');
  const l = useLabels();
  const dash = '—';
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
        {
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
                      (<Plain text={[p.signatoryName, p.signatoryTitle].filter(Boolean).join(', ')} />)
                    </>
                  )}
                </li>
              ))}
            </ul>
          ),
        },
        { key: 'status', header: t('agreement.status'), cell: (a) => l.agreementStatus(a.status) },
      ]}
    />
  );
}
