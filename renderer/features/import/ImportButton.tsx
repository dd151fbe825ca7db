import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../api/client';
import type { TableEntity } from '../../grid/data/entity-api';
import type { ImportTable } from './import-store';
import { ImportWizard } from './ImportWizard';

/** The grid's tables and the import tables they fill: observations are the indicators table. */
const TABLE: Record<TableEntity, ImportTable> = {
  clusters: 'clusters',
  projects: 'projects',
  partners: 'partners',
  agreements: 'agreements',
  sources: 'sources',
  observations: 'indicators',
};

/** "Import…" beside a table: opens the wizard for that table and gives focus back when it closes. */
export function ImportButton({ client, entity }: { client: Client; entity: TableEntity }) {
  const { t } = useTranslation('import');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="import-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('open')}
      </button>
      {open && (
        <ImportWizard
          client={client}
          table={TABLE[entity]}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
