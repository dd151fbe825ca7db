import { useTranslation } from 'react-i18next';
import { GridPage } from '../../grid/ui/GridPage';
import { useProjectColumns, projectRules } from './project-columns';
import { ProjectPanel } from './ProjectPanel';
import type { ProjectsStore } from './store';

export function ProjectsList({ store }: { store: ProjectsStore }) {
  const { t } = useTranslation();
  const columns = useProjectColumns(store.references);
  return (
    <GridPage
      title={t('sections.projects')}
      table={store.table}
      references={store.references}
      columns={columns}
      rules={projectRules}
      label="name"
      rowsNoun={(count) => t('count.projects', { count })}
      countLabel={(count) => t('count.projects', { count })}
      searchLabel={t('search.projects')}
      emptyMessage={t('empty.projects')}
      panel={(row) => <ProjectPanel key={row.id} id={row.id} name={String(row.name)} client={store.table.client} references={store.references} />}
    />
  );
}
