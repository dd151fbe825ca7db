import { useTranslation } from 'react-i18next';
import { GridPage } from '../../grid/ui/GridPage';
import { useSourceColumns } from './source-columns';
import { SourcePanel } from './SourcePanel';
import type { SourcesStore } from './store';

export function SourcesList({ store }: { store: SourcesStore }) {
  const { t } = useTranslation();
  const columns = useSourceColumns(store.references);
  return (
    <GridPage
      title={t('sections.sources')}
      table={store.table}
      references={store.references}
      columns={columns}
      label="title"
      rowsNoun={(count) => t('count.sources', { count })}
      countLabel={(count) => t('count.sources', { count })}
      searchLabel={t('search.sources')}
      emptyMessage={t('empty.sources')}
      panel={(row) => <SourcePanel key={row.id} id={row.id} name={String(row.title)} client={store.table.client} />}
    />
  );
}
