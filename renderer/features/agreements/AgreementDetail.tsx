import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../db/contract/methods';
import type { Agreement } from '../../../db/schema/entities';
import { useFormat } from '../../app/i18n/use-format';
import { FieldList, type FieldItem } from '../shared/FieldList';
import { RecordLink } from '../shared/RecordLink';
import { RecordView } from '../shared/RecordView';
import { RelationSection } from '../shared/RelationSection';
import { SourceLinkList } from '../shared/SourceLinkList';
import type { AgreementsStore } from './store';

type Relations = MethodOutput<'agreements.relations'>;

function AgreementPage({ record: a, relations: r }: { record: Agreement; relations: Relations }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fields: FieldItem[] = [
    { field: 'kind', label: t('fields.agreement.kind'), value: t(`enum.agreementKind.${a.kind}`) },
    { field: 'signedOn', label: t('fields.agreement.signedOn'), value: a.signedOn && format.partialDate(a.signedOn) },
    { field: 'event', label: t('fields.agreement.event'), value: a.event || null },
    { field: 'status', label: t('fields.agreement.status'), value: t(`enum.agreementStatus.${a.status}`) },
    { field: 'notes', label: t('fields.agreement.notes'), value: a.notes || null },
  ];
  return (
    <article className="record">
      <p className="record-kind">{t('record.agreement')}</p>
      <h1>
        <bdi>{a.title}</bdi>
      </h1>
      <FieldList items={fields} sources={r.sources} />

      <RelationSection title={t('relations.parties')} count={r.parties.length}>
        <ul className="relation-list">
          {r.parties.map((party) => (
            <li key={party.id}>
              <RecordLink section="partners" id={party.partnerId}>
                {party.partnerName}
              </RecordLink>
              {party.signatoryName && <span className="meta">{t('relations.signedBy', { name: party.signatoryName })}</span>}
              {party.signatoryTitle && (
                <span className="meta">
                  <bdi>{party.signatoryTitle}</bdi>
                </span>
              )}
            </li>
          ))}
        </ul>
      </RelationSection>

      <RelationSection title={t('relations.projects')} count={r.projects.length}>
        <ul className="relation-list">
          {r.projects.map((p) => (
            <li key={p.id}>
              <RecordLink section="projects" id={p.id}>
                {p.name}
              </RecordLink>
            </li>
          ))}
        </ul>
      </RelationSection>

      <RelationSection title={t('relations.clusters')} count={r.clusters.length}>
        <ul className="relation-list">
          {r.clusters.map((c) => (
            <li key={c.id}>
              <RecordLink section="clusters" id={c.id}>
                {c.name}
              </RecordLink>
            </li>
          ))}
        </ul>
      </RelationSection>

      <RelationSection title={t('relations.sources')} count={r.sources.length}>
        <SourceLinkList links={r.sources} />
      </RelationSection>
    </article>
  );
}

export function AgreementDetail({ store, id }: { store: AgreementsStore; id: number }) {
  return (
    <RecordView store={store.detail} id={id}>
      {(data) => <AgreementPage {...data} />}
    </RecordView>
  );
}
