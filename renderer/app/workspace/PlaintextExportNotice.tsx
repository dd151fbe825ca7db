import { useTranslation } from 'react-i18next';
import './security.css';
import { useWorkspaceInfo } from './workspace-info-context';

/**
 * For every export dialog: when the workspace is encrypted, says that the exported file (PDF,
 * spreadsheet, CSV) is written in plain text. Shows nothing for a workspace that is not encrypted.
 */
export function PlaintextExportNotice() {
  const { t } = useTranslation('security');
  const info = useWorkspaceInfo();
  if (!info?.encrypted) return null;
  return (
    <p className="notice notice-warning plaintext-export-notice" role="note">
      {t('export.plaintext')}
    </p>
  );
}
