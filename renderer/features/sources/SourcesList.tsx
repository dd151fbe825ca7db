import { useTranslation } from 'react-i18next';
import type { Source } from '../../../db/schema/entities';
import { useFormat } from '../../app/i18n/use-format';
import { ListPage } from '../shared/ListPage';
import type { Column } from '../shared/ListTable';
import { RecordLink } from '../shared/RecordLink';
import type { SourcesStore } from './store';

export function SourcesList({ store }: { store: SourcesStore }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Source>[] = [
    {
      key: 'title',
      header: t('fields.source.title'),
      rowHeader: true,
      cell: (s) => (
        <RecordLink section="sources" id={s.id}>
          {s.title}
        </RecordLink>
      ),
    },
    { key: 'publisher', header: t('fields.source.publisher'), cell: (s) => s.publisher ?? '' },
    { key: 'publishedOn', header: t('fields.source.publishedOn'), cell: (s) => (s.publishedOn ? format.partialDate(s.publishedOn) : '') },
    { key: 'language', header: t('fields.source.language'), cell: (s) => (s.language ? format.language(s.language) : '') },
  ];
  return (
    <ListPage
      title={t('sections.sources')}
      store={store.list}
      columns={columns}
      countLabel={(count) => t('count.sources', { count })}
      searchLabel={t('search.sources')}
      emptyMessage={t('empty.sources')}
    />
  );
}
