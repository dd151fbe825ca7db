import type { Client } from '../api/client';
import { createAgreementsStore } from '../features/agreements/store';
import { createBriefingsStore } from '../features/briefings/store';
import { createClustersStore } from '../features/clusters/store';
import { createIndicatorsStore } from '../features/indicators/store';
import { createPartnersStore } from '../features/partners/store';
import { createProjectsStore } from '../features/projects/store';
import { createScenariosStore } from '../features/scenarios/store';
import { createSourcesStore } from '../features/sources/store';
import { createDialogStore } from './help/dialog-store';
import { createSettingsStore } from './settings/settings-store';
import { createShellStore } from './shell/shell-store';
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
    indicators: createIndicatorsStore(client),
    scenarios: createScenariosStore(client),
    briefings: createBriefingsStore(client),
    settings: createSettingsStore(client),
    shell: createShellStore(client),
    dialogs: createDialogStore(client),
  };
  const dispose = () => Object.values(services).forEach((s) => s.dispose());
  // The client itself, for what spans sections (undo and redo keys).
  return { ...services, client, dispose };
}

export type Services = ReturnType<typeof createServices>;
