import { useTranslation } from 'react-i18next';
import type { Client } from '../../../api/client';
import { ExportButton } from '../../export/ExportButton';
import type { ExportChoice, ExportFormat } from '../../export/ExportDialog';

const spreadsheet = (format: ExportFormat) => (format === 'xlsx' ? 'xlsx' : 'csv');

/**
 * "Export…" on the comparison page: the saved comparison (every scenario year by year) or one
 * scenario's results, to CSV or XLSX. A comparison not saved yet exports its scenarios one by one.
 */
export function ComparisonExportButton({ client, saved, scenarios }: { client: Client; saved: { id: number; name: string } | null; scenarios: readonly { id: number; name: string }[] }) {
  const { t } = useTranslation('export');
  const choices = (): ExportChoice[] => [
    ...(saved
      ? [
          {
            key: 'comparison',
            label: t('choice.comparison', { name: saved.name }),
            name: saved.name,
            run: (format: ExportFormat, file: string) => client.api('exports.comparison', { id: saved.id, format: spreadsheet(format), file }),
          },
        ]
      : []),
    ...scenarios.map((s) => ({
      key: `scenario-${s.id}`,
      label: t('choice.scenario', { name: s.name }),
      name: s.name,
      run: (format: ExportFormat, file: string) => client.api('exports.scenario', { id: s.id, format: spreadsheet(format), file }),
    })),
  ];
  if (!saved && scenarios.length === 0) return null;
  return <ExportButton client={client} label={t('open')} formats={['csv', 'xlsx']} choices={choices} className="secondary export-button" />;
}
