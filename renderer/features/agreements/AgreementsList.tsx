import { useTranslation } from 'react-i18next';
import { GridPage } from '../../grid/ui/GridPage';
import { useAgreementColumns } from './agreement-columns';
import { AgreementPanel } from './AgreementPanel';
import type { AgreementsStore } from './store';

export function AgreementsList({ store }: { store: AgreementsStore }) {
  const { t } = useTranslation();
  const columns = useAgreementColumns(store.references);
  return (
    <GridPage
      title={t('sections.agreements')}
      table={store.table}
      references={store.references}
      columns={columns}
      label="title"
      rowsNoun={(count) => t('count.agreements', { count })}
      countLabel={(count) => t('count.agreements', { count })}
      searchLabel={t('search.agreements')}
      emptyMessage={t('empty.agreements')}
      panel={(row) => <AgreementPanel key={row.id} id={row.id} name={String(row.title)} client={store.table.client} references={store.references} />}
    />
  );
}
