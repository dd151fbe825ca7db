import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../db/contract/methods';
import type { Cluster } from '../../../db/schema/entities';
import { useFormat } from '../../app/i18n/use-format';
import { AgreementSummaryList } from '../agreements/AgreementSummaryList';
import { FieldList, type FieldItem } from '../shared/FieldList';
import { IndicatorTable } from '../shared/IndicatorTable';
import { RecordLink } from '../shared/RecordLink';
import { RecordView } from '../shared/RecordView';
import { RelationSection } from '../shared/RelationSection';
import { SourceLinkList } from '../shared/SourceLinkList';
import type { ClustersStore } from './store';

type Relations = MethodOutput<'clusters.relations'>;

function ClusterPage({ record: c, relations: r }: { record: Cluster; relations: Relations }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sep = t('list.separator');
  const text = (value: string | null) => value || null;
  const fields: FieldItem[] = [
    { field: 'nameLocal', label: t('fields.cluster.nameLocal'), value: text(c.nameLocal) },
    { field: 'country', label: t('fields.cluster.country'), value: format.country(c.country) },
    { field: 'location', label: t('fields.cluster.location'), value: text(c.location) },
    { field: 'kind', label: t('fields.cluster.kind'), value: t(`enum.clusterKind.${c.kind}`) },
    {
      field: 'sectors',
      label: t('fields.cluster.sectors'),
      value: c.sectors?.length ? c.sectors.map((s) => t(`enum.sector.${s}`)).join(sep) : null,
    },
    {
      field: 'leadPartnerId',
      label: t('fields.cluster.leadPartnerId'),
      value: r.leadPartner && (
        <RecordLink section="partners" id={r.leadPartner.id}>
          {r.leadPartner.name}
        </RecordLink>
      ),
    },
    { field: 'initiativeId', label: t('fields.cluster.initiativeId'), value: r.initiative?.name ?? null },
    { field: 'joinedOn', label: t('fields.cluster.joinedOn'), value: c.joinedOn && format.partialDate(c.joinedOn) },
    { field: 'joinedEvent', label: t('fields.cluster.joinedEvent'), value: text(c.joinedEvent) },
    { field: 'netZeroCommitment', label: t('fields.cluster.netZeroCommitment'), value: text(c.netZeroCommitment) },
    {
      field: 'baselineMt',
      label: t('fields.cluster.baselineMt'),
      figure: true,
      value: c.baselineMt === null ? null : t('units.mtPerYear', { value: format.number(c.baselineMt) }),
    },
    { field: 'baselineYear', label: t('fields.cluster.baselineYear'), value: c.baselineYear === null ? null : format.year(c.baselineYear) },
    {
      field: 'reductionPotentialMt',
      label: t('fields.cluster.reductionPotentialMt'),
      figure: true,
      value: c.reductionPotentialMt === null ? null : t('units.mtPerYear', { value: format.number(c.reductionPotentialMt) }),
    },
    {
      field: 'gdpUsdBn',
      label: t('fields.cluster.gdpUsdBn'),
      figure: true,
      value: c.gdpUsdBn === null ? null : t('units.usdBn', { value: format.number(c.gdpUsdBn) }),
    },
    { field: 'jobs', label: t('fields.cluster.jobs'), figure: true, value: c.jobs === null ? null : format.number(c.jobs, 0) },
    { field: 'notes', label: t('fields.cluster.notes'), value: text(c.notes) },
  ];
  return (
    <article className="record">
      <p className="record-kind">{t('record.cluster')}</p>
      <h1>
        <bdi>{c.name}</bdi>
      </h1>
      <FieldList items={fields} sources={r.sources} />

      <RelationSection title={t('relations.projects')} count={r.projects.length}>
        <ul className="relation-list">
          {r.projects.map((p) => (
            <li key={p.id}>
              <RecordLink section="projects" id={p.id}>
                {p.name}
              </RecordLink>
              <span className="meta">{t(`enum.projectStage.${p.stage}`)}</span>
              <span className="meta">{t(`enum.projectCategory.${p.category}`)}</span>
            </li>
          ))}
        </ul>
      </RelationSection>

      <RelationSection title={t('relations.partners')} count={r.partners.length}>
        <ul className="relation-list">
          {r.partners.map((p) => (
            <li key={p.id}>
              <RecordLink section="partners" id={p.id}>
                {p.name}
              </RecordLink>
              <span className="meta">{p.roles.map((role) => t(`enum.projectRole.${role}`)).join(sep)}</span>
            </li>
          ))}
        </ul>
      </RelationSection>

      <RelationSection title={t('relations.agreements')} count={r.agreements.length}>
        <AgreementSummaryList agreements={r.agreements} />
      </RelationSection>

      <RelationSection title={t('relations.sources')} count={r.sources.length}>
        <SourceLinkList links={r.sources} />
      </RelationSection>

      <RelationSection title={t('relations.indicators')} count={r.indicators.length}>
        <IndicatorTable caption={t('indicator.caption', { name: c.name })} rows={r.indicators} />
      </RelationSection>
    </article>
  );
}

export function ClusterDetail({ store, id }: { store: ClustersStore; id: number }) {
  return (
    <RecordView store={store.detail} id={id}>
      {(data) => <ClusterPage {...data} />}
    </RecordView>
  );
}
