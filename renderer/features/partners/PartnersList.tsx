import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../db/schema/entities';
import { useFormat } from '../../app/i18n/use-format';
import { ListPage } from '../shared/ListPage';
import type { Column } from '../shared/ListTable';
import { RecordLink } from '../shared/RecordLink';
import type { PartnersStore } from './store';

export function PartnersList({ store }: { store: PartnersStore }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Partner>[] = [
    {
      key: 'name',
      header: t('fields.partner.name'),
      rowHeader: true,
      cell: (p) => (
        <RecordLink section="partners" id={p.id}>
          {p.name}
        </RecordLink>
      ),
    },
    { key: 'shortName', header: t('fields.partner.shortName'), cell: (p) => p.shortName ?? '' },
    { key: 'kind', header: t('fields.partner.kind'), cell: (p) => t(`enum.partnerKind.${p.kind}`) },
    { key: 'country', header: t('fields.partner.country'), cell: (p) => (p.country ? format.country(p.country) : '') },
  ];
  return (
    <ListPage
      title={t('sections.partners')}
      store={store.list}
      columns={columns}
      countLabel={(count) => t('count.partners', { count })}
      searchLabel={t('search.partners')}
      emptyMessage={t('empty.partners')}
    />
  );
}
