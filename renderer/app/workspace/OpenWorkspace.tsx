import { useCallback } from 'react';
import { useStore } from 'zustand';
import type { WorkspaceInfo } from '../../../db/contract/methods';
import { Layout } from '../layout/Layout';
import type { Services } from '../services';
import { IdleLock } from './IdleLock';
import { WorkspaceInfoContext } from './workspace-info-context';

/** The app over an open workspace; an encrypted one also locks itself after the idle time in Settings. */
export function OpenWorkspace({ services, info }: { services: Services; info: WorkspaceInfo }) {
  const minutes = useStore(services.settings, (s) => s.settings.idleLockMinutes);
  const onIdle = useCallback(() => void services.workspace.getState().lock('idle'), [services.workspace]);
  return (
    <WorkspaceInfoContext.Provider value={info}>
      {info.encrypted && <IdleLock minutes={minutes} onIdle={onIdle} />}
      <Layout services={services} info={info} />
    </WorkspaceInfoContext.Provider>
  );
}
