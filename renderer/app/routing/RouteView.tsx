import { useTranslation } from 'react-i18next';
import { AgreementDetail } from '../../features/agreements/AgreementDetail';
import { AgreementsList } from '../../features/agreements/AgreementsList';
import { BriefingsList } from '../../features/briefings/BriefingsList';
import { ClusterDetail } from '../../features/clusters/ClusterDetail';
import { ClustersList } from '../../features/clusters/ClustersList';
import { PartnerDetail } from '../../features/partners/PartnerDetail';
import { PartnersList } from '../../features/partners/PartnersList';
import { ProjectDetail } from '../../features/projects/ProjectDetail';
import { ProjectsList } from '../../features/projects/ProjectsList';
import { ScenariosList } from '../../features/scenarios/ScenariosList';
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
    case 'scenarios':
      return <ScenariosList store={s.scenarios} />;
    case 'briefings':
      return <BriefingsList store={s.briefings} />;
  }
}
