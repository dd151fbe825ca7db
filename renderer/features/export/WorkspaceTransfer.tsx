import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../api/client';
import { ArchiveImportForm } from './ArchiveImportForm';
import { ExportButton } from './ExportButton';
import type { ExportFormat } from './ExportDialog';
import { useSaveTarget } from './use-save-target';

/** Settings ▸ the whole workspace: to one workbook (a sheet per table) or to the JSON archive, and the archive back in. */
export function WorkspaceTransfer({ client }: { client: Client }) {
  const { t } = useTranslation('export');
  const id = useId();
  const target = useSaveTarget(client);
  // Files are named after the workspace: "Sumgait drafts.xlsx" for "Sumgait drafts.clusterdesk".
  const workspaceName = target?.workspaceFile.split(/[\\/]/).pop()?.replace(/\.clusterdesk$/, '') || t('workspace.defaultName');
  const run = (format: ExportFormat, file: string) => client.api('exports.workspace', { format: format === 'json' ? 'json' : 'xlsx', file });
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`} data-testid="workspace-transfer">
      <h2 id={`${id}-title`}>{t('workspace.title')}</h2>
      <p className="hint">{t('workspace.note')}</p>
      <ExportButton
        client={client}
        label={t('workspace.export')}
        formats={['xlsx', 'json']}
        choices={() => [{ key: 'workspace', label: t('workspace.export'), name: workspaceName, run }]}
      />
      <ArchiveImportForm client={client} />
    </section>
  );
}
