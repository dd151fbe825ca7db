import type { Client } from '../api/client';
import { createAgreementsStore } from '../features/agreements/store';
import { createBriefingsStore } from '../features/briefings/store';
import { createClustersStore } from '../features/clusters/store';
import { createPartnersStore } from '../features/partners/store';
import { createProjectsStore } from '../features/projects/store';
import { createScenariosStore } from '../features/scenarios/store';
import { createSourcesStore } from '../features/sources/store';
import { createWorkspaceStore } from './workspace/workspace-store';

/** Every store of one app window, over one client; tests make a fresh set per render. */
export function createServices(client: Client) {
  const services = {
    workspace: createWorkspaceStore(client),
    clusters: createClustersStore(client),
    projects: createProjectsStore(client),
    partners: createPartnersStore(client),
    agreements: createAgreementsStore(client),
    sources: createSourcesStore(client),
    scenarios: createScenariosStore(client),
    briefings: createBriefingsStore(client),
  };
  const dispose = () => Object.values(services).forEach((s) => s.dispose());
  return { ...services, dispose };
}

export type Services = ReturnType<typeof createServices>;
