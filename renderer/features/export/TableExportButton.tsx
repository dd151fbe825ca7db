import { useTranslation } from 'react-i18next';
import type { TableView } from '../../../db/contract/groups/exports';
import type { TableStore } from '../../grid/data/table-store';
import { ExportButton } from './ExportButton';
import type { ExportFormat } from './ExportDialog';

/** The grid's query as the export reads it: only what narrows or orders the rows. */
function viewOf(table: TableStore): TableView {
  const { search, sort, filters } = table.getState().query;
  const query = { ...(search ? { search } : {}), ...(sort ? { sort } : {}), ...(filters.length ? { filters: [...filters] } : {}) };
  return { table: table.api.entity, query } as TableView;
}

/** "Export…" in a grid's toolbar: this view (its filters, search and sort) or the whole table, to CSV or XLSX. */
export function TableExportButton({ table, title }: { table: TableStore; title: string }) {
  const { t } = useTranslation('export');
  // The dialog offers only CSV and XLSX here.
  const run = (view: TableView) => (format: ExportFormat, file: string) =>
    table.client.api('exports.table', { view, format: format === 'xlsx' ? 'xlsx' : 'csv', file });
  return (
    <ExportButton
      client={table.client}
      label={t('open')}
      formats={['csv', 'xlsx']}
      choices={() => {
        const view = viewOf(table);
        return [
          { key: 'view', label: t('scope.view'), name: t('name.view', { table: title }), run: run(view) },
          { key: 'whole', label: t('scope.whole'), name: title, run: run({ table: view.table } as TableView) },
        ];
      }}
    />
  );
}
