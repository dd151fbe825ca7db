import { useTranslation } from 'react-i18next';
import type { Cluster } from '../../../db/schema/entities';
import { useFormat } from '../../app/i18n/use-format';
import { ListPage } from '../shared/ListPage';
import type { Column } from '../shared/ListTable';
import { RecordLink } from '../shared/RecordLink';
import { InitiativeTotals } from './InitiativeTotals';
import type { ClustersStore } from './store';

export function ClustersList({ store }: { store: ClustersStore }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Cluster>[] = [
    {
      key: 'name',
      header: t('fields.cluster.name'),
      rowHeader: true,
      cell: (c) => (
        <RecordLink section="clusters" id={c.id}>
          {c.name}
        </RecordLink>
      ),
    },
    { key: 'country', header: t('fields.cluster.country'), cell: (c) => format.country(c.country) },
    { key: 'kind', header: t('fields.cluster.kind'), cell: (c) => t(`enum.clusterKind.${c.kind}`) },
    {
      key: 'reductionPotentialMt',
      header: t('fields.cluster.reductionPotentialMt'),
      numeric: true,
      cell: (c) => (c.reductionPotentialMt === null ? '' : t('units.mtPerYear', { value: format.number(c.reductionPotentialMt) })),
    },
    { key: 'joinedOn', header: t('fields.cluster.joinedOn'), cell: (c) => (c.joinedOn ? format.partialDate(c.joinedOn) : '') },
  ];
  return (
    <ListPage
      title={t('sections.clusters')}
      store={store.list}
      columns={columns}
      countLabel={(count) => t('count.clusters', { count })}
      searchLabel={t('search.clusters')}
      emptyMessage={t('empty.clusters')}
      aside={<InitiativeTotals store={store.initiativeTotals} />}
    />
  );
}
