import { useTranslation } from 'react-i18next';
import { AgreementDetail } from '../../features/agreements/AgreementDetail';
import { AgreementsList } from '../../features/agreements/AgreementsList';
import { BriefingEditor } from '../../features/briefings/BriefingEditor';
import { BriefingsList } from '../../features/briefings/BriefingsList';
import { ClusterDetail } from '../../features/clusters/ClusterDetail';
import { ClustersList } from '../../features/clusters/ClustersList';
import { IndicatorsList } from '../../features/indicators/IndicatorsList';
import { PartnerDetail } from '../../features/partners/PartnerDetail';
import { PartnersList } from '../../features/partners/PartnersList';
import { ProjectDetail } from '../../features/projects/ProjectDetail';
import { ProjectsList } from '../../features/projects/ProjectsList';
import { ComparisonPage } from '../../features/scenarios/comparison/ComparisonPage';
import { ScenarioEditor } from '../../features/scenarios/editor/ScenarioEditor';
import { ScenariosList } from '../../features/scenarios/ScenariosList';
import { SettingsPage } from '../../features/settings/SettingsPage';
import { SourceDetail } from '../../features/sources/SourceDetail';
import { SourcesList } from '../../features/sources/SourcesList';
import type { Services } from '../services';
import { listHref, type Route } from './routes';

function NotFound() {
  const { t } = useTranslation();
  return (
    <div>
      <h1>{t('notFound.title')}</h1>
      <p>
        {t('notFound.message')} <a href={listHref('clusters')}>{t('notFound.link')}</a>
      </p>
    </div>
  );
}

/** The page for a route; each section's views get their own stores. */
export function RouteView({ route, services: s }: { route: Route; services: Services }) {
  if (route.kind === 'notFound') return <NotFound />;
  if (route.kind === 'settings') return <SettingsPage store={s.settings} client={s.client} />;
  if (route.kind === 'briefing') {
    return <BriefingEditor id={route.id} briefings={s.briefings} settings={s.settings} shell={s.shell} workspaceFile={s.workspace.getState().info?.file ?? ''} />;
  }
  if (route.kind === 'scenario') return <ScenarioEditor store={s.scenarios} id={route.id} />;
  if (route.kind === 'comparison') return <ComparisonPage store={s.scenarios} id={route.id} />;
  if (route.kind === 'newComparison') return <ComparisonPage store={s.scenarios} id={null} initialIds={route.scenarioIds} />;
  if (route.kind === 'record') {
    switch (route.section) {
      case 'clusters':
        return <ClusterDetail store={s.clusters} id={route.id} />;
      case 'projects':
        return <ProjectDetail store={s.projects} id={route.id} />;
      case 'partners':
        return <PartnerDetail store={s.partners} id={route.id} />;
      case 'agreements':
        return <AgreementDetail store={s.agreements} id={route.id} />;
      case 'sources':
        return <SourceDetail store={s.sources} id={route.id} />;
    }
  }
  switch (route.section) {
    case 'clusters':
      return <ClustersList store={s.clusters} />;
    case 'projects':
      return <ProjectsList store={s.projects} />;
    case 'partners':
      return <PartnersList store={s.partners} />;
    case 'agreements':
      return <AgreementsList store={s.agreements} />;
    case 'sources':
      return <SourcesList store={s.sources} />;
    case 'indicators':
      return <IndicatorsList store={s.indicators} />;
    case 'scenarios':
      return <ScenariosList store={s.scenarios} />;
    case 'briefings':
      return <BriefingsList store={s.briefings} />;
  }
}
