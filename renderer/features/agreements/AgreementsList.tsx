import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../db/schema/entities';
import { useFormat } from '../../app/i18n/use-format';
import { ListPage } from '../shared/ListPage';
import type { Column } from '../shared/ListTable';
import { RecordLink } from '../shared/RecordLink';
import type { AgreementsStore } from './store';

export function AgreementsList({ store }: { store: AgreementsStore }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Agreement>[] = [
    {
      key: 'title',
      header: t('fields.agreement.title'),
      rowHeader: true,
      cell: (a) => (
        <RecordLink section="agreements" id={a.id}>
          {a.title}
        </RecordLink>
      ),
    },
    { key: 'kind', header: t('fields.agreement.kind'), cell: (a) => t(`enum.agreementKind.${a.kind}`) },
    { key: 'signedOn', header: t('fields.agreement.signedOn'), cell: (a) => (a.signedOn ? format.partialDate(a.signedOn) : '') },
    { key: 'event', header: t('fields.agreement.event'), cell: (a) => a.event ?? '' },
    { key: 'status', header: t('fields.agreement.status'), cell: (a) => t(`enum.agreementStatus.${a.status}`) },
  ];
  return (
    <ListPage
      title={t('sections.agreements')}
      store={store.list}
      columns={columns}
      countLabel={(count) => t('count.agreements', { count })}
      searchLabel={t('search.agreements')}
      emptyMessage={t('empty.agreements')}
    />
  );
}
