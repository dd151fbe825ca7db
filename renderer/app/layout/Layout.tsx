import { useEffect, useRef } from 'react';
import type { WorkspaceInfo } from '../../../db/contract/methods';
import { HistoryKeys } from '../../grid/history/HistoryKeys';
import { ErrorBoundary } from '../ErrorBoundary';
import { RouteView } from '../routing/RouteView';
import { useRoute } from '../routing/use-route';
import type { Services } from '../services';
import { Header } from './Header';
import { SectionNav } from './SectionNav';
import { StatusLine } from './StatusLine';

export function Layout({ services, info }: { services: Services; info: WorkspaceInfo }) {
  const route = useRoute();
  const routeKey = JSON.stringify(route);
  const main = useRef<HTMLElement>(null);
  const firstRoute = useRef(routeKey);

  // After a navigation, keyboard and screen reader users continue from the new page, not the old link.
  useEffect(() => {
    if (routeKey !== firstRoute.current) main.current?.focus();
  }, [routeKey]);

  return (
    <div className="app-shell">
      <Header file={info.file} services={services} />
      <SectionNav route={route} />
      <main ref={main} tabIndex={-1} className="content">
        <ErrorBoundary key={routeKey}>
          <RouteView route={route} services={services} />
        </ErrorBoundary>
      </main>
      <StatusLine counts={info.counts} />
      <HistoryKeys client={services.client} />
    </div>
  );
}
