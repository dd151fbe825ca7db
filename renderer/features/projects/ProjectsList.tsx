import { useTranslation } from 'react-i18next';
import type { Project } from '../../../db/schema/entities';
import { useFormat } from '../../app/i18n/use-format';
import { ListPage } from '../shared/ListPage';
import type { Column } from '../shared/ListTable';
import { RecordLink } from '../shared/RecordLink';
import type { ProjectsStore } from './store';

export function ProjectsList({ store }: { store: ProjectsStore }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Project>[] = [
    {
      key: 'name',
      header: t('fields.project.name'),
      rowHeader: true,
      cell: (p) => (
        <RecordLink section="projects" id={p.id}>
          {p.name}
        </RecordLink>
      ),
    },
    { key: 'country', header: t('fields.project.country'), cell: (p) => format.country(p.country) },
    { key: 'category', header: t('fields.project.category'), cell: (p) => t(`enum.projectCategory.${p.category}`) },
    { key: 'stage', header: t('fields.project.stage'), cell: (p) => t(`enum.projectStage.${p.stage}`) },
    { key: 'startYear', header: t('fields.project.startYear'), numeric: true, cell: (p) => (p.startYear === null ? '' : format.year(p.startYear)) },
    {
      key: 'abatementKt',
      header: t('fields.project.abatementKt'),
      numeric: true,
      cell: (p) => (p.abatementKt === null ? '' : t('units.ktPerYear', { value: format.number(p.abatementKt) })),
    },
  ];
  return (
    <ListPage
      title={t('sections.projects')}
      store={store.list}
      columns={columns}
      countLabel={(count) => t('count.projects', { count })}
      searchLabel={t('search.projects')}
      emptyMessage={t('empty.projects')}
    />
  );
}
