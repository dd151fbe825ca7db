import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { ErrorNotice } from '../../features/shared/ErrorNotice';
import { Progress } from '../progress/Progress';
import type { SettingsStore } from '../settings/settings-store';
import type { ShellStore } from '../shell/shell-store';
import { EncryptOption, keyOf, noEncryption, type EncryptChoice } from './EncryptOption';
import { LanguageChooser } from './LanguageChooser';
import { passphraseProblem, type PassphraseProblem } from './passphrase-check';
import './start-screen.css';
import { WorkspaceDialogButtons } from './WorkspaceDialogButtons';
import { suggestedWorkspaceFile } from './workspace-file';
import { WorkspacePathForm } from './WorkspacePathForm';
import type { WorkspaceStore } from './workspace-store';

/**
 * The start screen, shown while no workspace is open (first run, or after a file could not be
 * opened): the language first, then a workspace, new (empty or from the sample) or existing.
 */
export function NoWorkspaceScreen({ store, settings, shell }: { store: WorkspaceStore; settings: SettingsStore; shell: ShellStore }) {
  const { t } = useTranslation('app');
  const { pending, actionError, create, open } = useStore(store);
  const { info, loadInfo } = useStore(shell);
  useEffect(() => void loadInfo(), [loadInfo]);
  const headingId = useId();
  const [encryption, setEncryption] = useState<EncryptChoice>(noEncryption);
  const [tried, setTried] = useState(false);
  const busy = pending !== null;
  const keyStore = info?.keyStore === true;
  const key = keyOf(encryption, keyStore);
  const problem: PassphraseProblem | null = key === 'passphrase' && tried ? passphraseProblem(encryption.passphrase, encryption.repeat) : null;
  const onCreate = (file: string, sample: boolean) => {
    if (key === 'none') return void create(file, sample);
    if (key === 'computer') return void create(file, sample, { keptByComputer: true });
    setTried(true);
    if (passphraseProblem(encryption.passphrase, encryption.repeat)) return;
    void create(file, sample, { passphrase: encryption.passphrase });
  };
  const onOpen = (file: string) => void open(file);

  return (
    <main className="start-screen">
      <h1>{t('start.title')}</h1>
      <LanguageChooser settings={settings} />
      <section className="start-step" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('start.workspaceTitle')}</h2>
        <p>{t('start.intro')}</p>
        <EncryptOption value={encryption} onChange={setEncryption} problem={problem} keyStore={keyStore} />
        {info?.nativeDialogs ? (
          <WorkspaceDialogButtons shell={shell} busy={busy} onCreate={onCreate} onOpen={onOpen} />
        ) : (
          <WorkspacePathForm suggestion={info ? suggestedWorkspaceFile(info.userDataDir) : null} busy={busy} onCreate={onCreate} onOpen={onOpen} />
        )}
      </section>
      {busy && <Progress label={t(pending === 'create' ? 'start.creating' : 'start.opening')} />}
      {actionError && <ErrorNotice error={actionError} />}
    </main>
  );
}
