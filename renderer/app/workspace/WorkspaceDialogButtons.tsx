import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ltr } from '../i18n/isolate';
import type { AppErrorShape } from '../../../db/contract/result';
import { ErrorNotice } from '../../features/shared/ErrorNotice';
import type { ShellStore } from '../shell/shell-store';
import { isWorkspacePath, withWorkspaceExtension, WORKSPACE_EXTENSION } from './workspace-file';

/** Where the shell has native file dialogs (Electron): the analyst picks the file there. */
export function WorkspaceDialogButtons({
  shell,
  busy,
  onCreate,
  onOpen,
}: {
  shell: ShellStore;
  busy: boolean;
  onCreate: (file: string, sample: boolean) => void;
  onOpen: (file: string) => void;
}) {
  const { t } = useTranslation('app');
  const [error, setError] = useState<AppErrorShape | null>(null);

  const create = async (sample: boolean) => {
    setError(null);
    const name = t(sample ? 'start.sampleFileName' : 'start.emptyFileName');
    const chosen = await shell.getState().askSavePath('workspace', `${name}${WORKSPACE_EXTENSION}`);
    if ('error' in chosen) setError(chosen.error);
    else if (chosen.file) onCreate(withWorkspaceExtension(chosen.file), sample);
  };
  const open = async () => {
    setError(null);
    const chosen = await shell.getState().askOpenPath('workspace');
    if ('error' in chosen) setError(chosen.error);
    else if (chosen.file && !isWorkspacePath(chosen.file)) {
      // A name typed into the dialog can slip past its filter; the store accepts workspace files only.
      setError({ code: 'NOT_A_WORKSPACE', message: t('start.fileInvalid', { extension: ltr(WORKSPACE_EXTENSION) }) });
    } else if (chosen.file) onOpen(chosen.file);
  };

  return (
    <>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void create(true)}>
          {t('start.chooseCreateSample')}
        </button>
        <button type="button" disabled={busy} onClick={() => void create(false)}>
          {t('start.chooseCreateEmpty')}
        </button>
        <button type="button" disabled={busy} onClick={() => void open()}>
          {t('start.chooseOpen')}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
    </>
  );
}
