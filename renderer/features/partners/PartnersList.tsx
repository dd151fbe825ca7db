import { useTranslation } from 'react-i18next';
import { GridPage } from '../../grid/ui/GridPage';
import { usePartnerColumns } from './partner-columns';
import { PartnerPanel } from './PartnerPanel';
import type { PartnersStore } from './store';

export function PartnersList({ store }: { store: PartnersStore }) {
  const { t } = useTranslation();
  const columns = usePartnerColumns(store.references);
  return (
    <GridPage
      title={t('sections.partners')}
      table={store.table}
      references={store.references}
      columns={columns}
      label="name"
      rowsNoun={(count) => t('count.partners', { count })}
      countLabel={(count) => t('count.partners', { count })}
      searchLabel={t('search.partners')}
      emptyMessage={t('empty.partners')}
      panel={(row) => <PartnerPanel key={row.id} id={row.id} name={String(row.name)} client={store.table.client} references={store.references} />}
    />
  );
}
