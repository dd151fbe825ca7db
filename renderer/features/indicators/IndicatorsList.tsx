import { useTranslation } from 'react-i18next';
import { GridPage } from '../../grid/ui/GridPage';
import { IndicatorPanel } from './IndicatorPanel';
import { observationRules, useIndicatorColumns } from './indicator-columns';
import type { IndicatorsStore } from './store';

/** Indicator observations as a table of their own (initiative totals, cluster figures, country values). */
export function IndicatorsList({ store }: { store: IndicatorsStore }) {
  const { t } = useTranslation();
  const { t: tg } = useTranslation('grid');
  const columns = useIndicatorColumns(store.references);
  const fields = columns.map((c) => ({ field: c.field, label: c.header }));
  return (
    <GridPage
      title={t('sections.indicators')}
      table={store.table}
      references={store.references}
      columns={columns}
      rules={observationRules}
      label="metric"
      rowsNoun={(count) => t('count.indicators', { count })}
      countLabel={(count) => t('count.indicators', { count })}
      searchLabel={tg('search.indicators')}
      emptyMessage={tg('empty.indicators')}
      panel={(row) => (
        <IndicatorPanel key={row.id} id={row.id} name={`${String(row.metric)} ${String(row.year)}`} client={store.table.client} references={store.references} fields={fields} />
      )}
    />
  );
}
