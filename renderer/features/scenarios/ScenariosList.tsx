import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../../db/schema/summaries';
import { useFormat } from '../../app/i18n/use-format';
import { scenarioHref } from '../../app/routing/routes';
import { ListPage } from '../shared/ListPage';
import type { Column } from '../shared/ListTable';
import { NewScenarioForm } from './NewScenarioForm';
import { SavedComparisons } from './SavedComparisons';
import type { ScenariosStore } from './store';
import { TargetsSection } from './TargetsSection';
import './scenarios.css';

export function ScenariosList({ store }: { store: ScenariosStore }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<ScenarioSummary>[] = [
    {
      key: 'name',
      header: t('fields.scenario.name'),
      rowHeader: true,
      cell: (s) => (
        <a href={scenarioHref(s.id)} dir="auto">
          {s.name}
        </a>
      ),
    },
    { key: 'parent', header: t('fields.scenario.parent'), cell: (s) => s.parentName ?? '' },
    {
      key: 'horizon',
      header: t('fields.scenario.horizon'),
      cell: (s) => t('figure.yearRange', { from: format.year(s.horizonStart), to: format.year(s.horizonEnd) }),
    },
    { key: 'illustrative', header: t('fields.scenario.illustrative'), cell: (s) => (s.illustrative ? t('common.yes') : t('common.no')) },
    { key: 'updatedAt', header: t('fields.scenario.updatedAt'), cell: (s) => format.timestamp(s.updatedAt) },
  ];
  return (
    <>
      <ListPage
        title={t('sections.scenarios')}
        store={store.list}
        columns={columns}
        countLabel={(count) => t('count.scenarios', { count })}
        emptyMessage={t('empty.scenarios')}
        aside={<NewScenarioForm store={store} />}
      />
      <SavedComparisons store={store} />
      <TargetsSection store={store} />
    </>
  );
}
