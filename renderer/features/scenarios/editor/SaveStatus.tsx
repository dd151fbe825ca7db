import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { EditorStore } from './editor-store';

/** Whether what is on screen is stored: saved, waiting for a pause in typing, saving, or refused and why. */
export function SaveStatus({ editor }: { editor: EditorStore }) {
  const { t } = useTranslation('scenarios');
  const { save, saveError, reloadedAfterConflict } = useStore(editor);
  if (save === 'error' && saveError) {
    return (
      <p className="sc-save-status sc-save-error" role="alert">
        {t('save.error', { message: saveError.message })}
      </p>
    );
  }
  return (
    <p className="sc-save-status" role="status">
      {reloadedAfterConflict ? t('save.conflict') : t(`save.${save}`)}
    </p>
  );
}
