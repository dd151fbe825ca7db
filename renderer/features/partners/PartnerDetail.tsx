import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../db/contract/methods';
import type { Partner } from '../../../db/schema/entities';
import { useFormat } from '../../app/i18n/use-format';
import { FieldList, type FieldItem } from '../shared/FieldList';
import { RecordLink } from '../shared/RecordLink';
import { RecordView } from '../shared/RecordView';
import { RelationSection } from '../shared/RelationSection';
import { SourceLinkList } from '../shared/SourceLinkList';
import type { PartnersStore } from './store';

type Relations = MethodOutput<'partners.relations'>;

function PartnerPage({ record: p, relations: r }: { record: Partner; relations: Relations }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fields: FieldItem[] = [
    { field: 'shortName', label: t('fields.partner.shortName'), value: p.shortName || null },
    { field: 'kind', label: t('fields.partner.kind'), value: t(`enum.partnerKind.${p.kind}`) },
    { field: 'country', label: t('fields.partner.country'), value: p.country && format.country(p.country) },
    { field: 'notes', label: t('fields.partner.notes'), value: p.notes || null },
  ];
  return (
    <article className="record">
      <p className="record-kind">{t('record.partner')}</p>
      <h1>
        <bdi>{p.name}</bdi>
      </h1>
      <FieldList items={fields} sources={r.sources} />

      <RelationSection title={t('relations.parent')} count={r.parent ? 1 : 0}>
        {r.parent && (
          <p>
            <RecordLink section="partners" id={r.parent.id}>
              {r.parent.name}
            </RecordLink>
          </p>
        )}
      </RelationSection>

      <RelationSection title={t('relations.subsidiaries')} count={r.children.length}>
        <ul className="relation-list">
          {r.children.map((c) => (
            <li key={c.id}>
              <RecordLink section="partners" id={c.id}>
                {c.name}
              </RecordLink>
            </li>
          ))}
        </ul>
      </RelationSection>

      <RelationSection title={t('relations.roles')} count={r.roles.length}>
        <ul className="relation-list">
          {r.roles.map((role) => (
            <li key={role.id}>
              <RecordLink section="projects" id={role.projectId}>
                {role.projectName}
              </RecordLink>
              <span className="meta">{t(`enum.projectRole.${role.role}`)}</span>
              {role.sharePct !== null && <span className="meta">{t('relations.share', { value: format.percent(role.sharePct) })}</span>}
              <span className="meta">{t(`enum.projectStage.${role.projectStage}`)}</span>
            </li>
          ))}
        </ul>
      </RelationSection>

      <RelationSection title={t('relations.agreements')} count={r.agreements.length}>
        <ul className="relation-list">
          {r.agreements.map((a) => (
            <li key={a.id}>
              <RecordLink section="agreements" id={a.agreementId}>
                {a.agreementTitle}
              </RecordLink>
              {a.agreementSignedOn && <span className="meta">{format.partialDate(a.agreementSignedOn)}</span>}
              {a.signatoryName && <span className="meta">{t('relations.signedBy', { name: a.signatoryName })}</span>}
              {a.signatoryTitle && (
                <span className="meta">
                  <bdi>{a.signatoryTitle}</bdi>
                </span>
              )}
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

export function PartnerDetail({ store, id }: { store: PartnersStore; id: number }) {
  return (
    <RecordView store={store.detail} id={id}>
      {(data) => <PartnerPage {...data} />}
    </RecordView>
  );
}
