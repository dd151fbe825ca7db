import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../db/contract/methods';
import type { Source } from '../../../db/schema/entities';
import { useFormat } from '../../app/i18n/use-format';
import { sectionOfEntity } from '../../app/routing/routes';
import { FieldList, type FieldItem } from '../shared/FieldList';
import { IndicatorTable } from '../shared/IndicatorTable';
import { RecordLink } from '../shared/RecordLink';
import { RecordView } from '../shared/RecordView';
import { RelationSection } from '../shared/RelationSection';
import { useFieldLabel } from '../shared/use-field-label';
import type { SourcesStore } from './store';

type Relations = MethodOutput<'sources.relations'>;

function LinkedRecords({ links }: { links: Relations['links'] }) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  return (
    <ul className="relation-list">
      {links.map((l) => {
        const section = sectionOfEntity[l.entityType];
        return (
          <li key={l.id}>
            <span className="meta-lead">{t(`enum.linkableEntity.${l.entityType}`)}</span>
            {section ? (
              <RecordLink section={section} id={l.entityId}>
                {l.entityName}
              </RecordLink>
            ) : (
              <bdi>{l.entityName}</bdi>
            )}
            <span className="meta">{l.field ? t('source.forField', { field: fieldLabel(l.entityType, l.field) }) : t('source.forRecord')}</span>
            {l.note && (
              <span className="note">
                <bdi>{l.note}</bdi>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function SourcePage({ record: s, relations: r }: { record: Source; relations: Relations }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fields: FieldItem[] = [
    { field: 'publisher', label: t('fields.source.publisher'), value: s.publisher || null },
    { field: 'publishedOn', label: t('fields.source.publishedOn'), value: s.publishedOn && format.partialDate(s.publishedOn) },
    { field: 'language', label: t('fields.source.language'), value: s.language && format.language(s.language) },
    // An address is shown, not followed: the app never opens the network.
    { field: 'url', label: t('fields.source.url'), value: s.url && <span dir="ltr" className="address">{s.url}</span> },
    { field: 'file', label: t('fields.source.file'), value: s.file && <span dir="ltr" className="address">{s.file}</span> },
    { field: 'reliability', label: t('fields.source.reliability'), value: s.reliability || null },
  ];
  return (
    <article className="record">
      <p className="record-kind">{t('record.source')}</p>
      <h1>
        <bdi>{s.title}</bdi>
      </h1>
      <FieldList items={fields} sources={[]} />

      <RelationSection title={t('relations.linkedRecords')} count={r.links.length}>
        <LinkedRecords links={r.links} />
      </RelationSection>

      <RelationSection title={t('relations.indicators')} count={r.indicators.length}>
        <IndicatorTable caption={t('indicator.fromSource', { title: s.title })} rows={r.indicators} />
      </RelationSection>
    </article>
  );
}

export function SourceDetail({ store, id }: { store: SourcesStore; id: number }) {
  return (
    <RecordView store={store.detail} id={id}>
      {(data) => <SourcePage {...data} />}
    </RecordView>
  );
}
