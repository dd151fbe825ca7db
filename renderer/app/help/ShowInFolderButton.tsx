import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../db/contract/result';
import { ErrorNotice } from '../../features/shared/ErrorNotice';
import type { ShellStore } from '../shell/shell-store';

/** "Show workspace in folder": the OS file manager opens at the file; when it cannot, the analyst is told why. */
export function ShowInFolderButton({ shell }: { shell: ShellStore }) {
  const { t } = useTranslation('app');
  const [outcome, setOutcome] = useState<'none' | AppErrorShape | null>(null);
  const reveal = async () => {
    setOutcome(null);
    const result = await shell.getState().showWorkspaceInFolder();
    if ('error' in result) setOutcome(result.error);
    else if (!result.shown) setOutcome('none');
  };
  return (
    <div className="show-in-folder">
      <button type="button" onClick={() => void reveal()}>
        {t('help.showInFolder')}
      </button>
      <p role="status" className="hint">
        {outcome === 'none' ? t('help.noWorkspaceToShow') : ''}
      </p>
      {outcome !== null && outcome !== 'none' && <ErrorNotice error={outcome} />}
    </div>
  );
}
