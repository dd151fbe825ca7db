import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { ErrorNotice } from '../../features/shared/ErrorNotice';
import { Loading } from '../../features/shared/Loading';
import { HelpMenu } from '../help/HelpMenu';
import { LanguageSelect } from '../layout/LanguageSelect';
import type { Services } from '../services';
import { NoWorkspaceScreen } from './NoWorkspaceScreen';
import { OpenWorkspace } from './OpenWorkspace';
import { UnlockScreen } from './UnlockScreen';

/**
 * The app once a workspace is open; before that, the start screen, the passphrase of an encrypted
 * (or locked) workspace, or why the workspace cannot be read.
 */
export function WorkspaceGate({ services }: { services: Services }) {
  const { t } = useTranslation();
  const { info, status, error, load } = useStore(services.workspace);
  useEffect(() => {
    if (status === 'idle') void load();
  }, [status, load]);

  if (info) return <OpenWorkspace services={services} info={info} />;
  const start = error?.code === 'NO_WORKSPACE';
  const lockedFile = error?.code === 'LOCKED' ? (error.details as { file?: string } | undefined)?.file : undefined;
  return (
    <div className="app-shell app-shell-bare">
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        {/* The start screen has its own, larger language choice. */}
        {!start && <LanguageSelect settings={services.settings} />}
        <HelpMenu dialogs={services.dialogs} shell={services.shell} />
      </header>
      {start ? (
        <NoWorkspaceScreen store={services.workspace} settings={services.settings} shell={services.shell} />
      ) : lockedFile ? (
        <UnlockScreen store={services.workspace} file={lockedFile} />
      ) : (
        <main className="content">{error ? <ErrorNotice error={error} onRetry={() => void load()} /> : <Loading />}</main>
      )}
    </div>
  );
}
