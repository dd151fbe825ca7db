import { useTranslation } from 'react-i18next';
import { GridPage } from '../../grid/ui/GridPage';
import { useClusterColumns } from './cluster-columns';
import { ClusterPanel } from './ClusterPanel';
import { InitiativeTotals } from './InitiativeTotals';
import type { ClustersStore } from './store';

export function ClustersList({ store }: { store: ClustersStore }) {
  const { t } = useTranslation();
  const columns = useClusterColumns(store.references);
  return (
    <GridPage
      title={t('sections.clusters')}
      table={store.table}
      references={store.references}
      columns={columns}
      label="name"
      rowsNoun={(count) => t('count.clusters', { count })}
      countLabel={(count) => t('count.clusters', { count })}
      searchLabel={t('search.clusters')}
      emptyMessage={t('empty.clusters')}
      aside={<InitiativeTotals store={store.initiativeTotals} />}
      panel={(row) => <ClusterPanel key={row.id} id={row.id} name={String(row.name)} client={store.table.client} references={store.references} />}
    />
  );
}
