import { useTranslation } from 'react-i18next';
import type { BriefingSummary } from '../../../db/schema/summaries';
import { useFormat } from '../../app/i18n/use-format';
import { ListPage } from '../shared/ListPage';
import type { Column } from '../shared/ListTable';
import type { BriefingsStore } from './store';

export function BriefingsList({ store }: { store: BriefingsStore }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<BriefingSummary>[] = [
    { key: 'name', header: t('fields.briefing.name'), rowHeader: true, cell: (b) => b.name },
    { key: 'template', header: t('fields.briefing.template'), cell: (b) => t(`enum.briefingTemplate.${b.template}`) },
    { key: 'language', header: t('fields.briefing.language'), cell: (b) => format.language(b.language) },
    { key: 'marking', header: t('fields.briefing.marking'), cell: (b) => b.marking },
    { key: 'author', header: t('fields.briefing.author'), cell: (b) => b.author ?? '' },
    { key: 'updatedAt', header: t('fields.briefing.updatedAt'), cell: (b) => format.timestamp(b.updatedAt) },
  ];
  return (
    <ListPage
      title={t('sections.briefings')}
      store={store.list}
      columns={columns}
      countLabel={(count) => t('count.briefings', { count })}
      emptyMessage={t('empty.briefings')}
    />
  );
}
