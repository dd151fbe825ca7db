import { useTranslation } from 'react-i18next';
import { briefingHref } from '../../app/routing/routes';
import type { BriefingSummary } from '../../../db/schema/summaries';
import { useFormat } from '../../app/i18n/use-format';
import { ListPage } from '../shared/ListPage';
import type { Column } from '../shared/ListTable';
import type { BriefingsStore } from './store';

export function BriefingsList({ store }: { store: BriefingsStore }) {
  const { t } = useTranslation();
  const { t: tb } = useTranslation('briefings');
  const format = useFormat();
  const columns: Column<BriefingSummary>[] = [
    { key: 'name', header: t('fields.briefing.name'), rowHeader: true, cell: (b) => <a href={briefingHref(b.id)}>{b.name}</a> },
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
      aside={
        <p>
          <a className="button-link" href={briefingHref('new')}>
            {tb('editor.new')}
          </a>
        </p>
      }
    />
  );
}
