import './import.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { Dialog } from '../../app/dialog/Dialog';
import type { Client } from '../../api/client';
import { CommitPanel } from './CommitPanel';
import { FileForm } from './FileForm';
import { createImportStore, type ImportTable } from './import-store';
import { MappingTable } from './MappingTable';
import { MatchOptions } from './MatchOptions';
import { PreviewSection } from './PreviewSection';
import { ReadOptions } from './ReadOptions';
import { RefusalNotice } from './RefusalNotice';
import { ReportTable } from './ReportTable';

/**
 * Import a CSV or XLSX file into one table, in the order an analyst works: the file, how it is
 * read, which column fills which field, a check against the workspace, then the import itself.
 */
export function ImportWizard({ client, table, onClose }: { client: Client; table: ImportTable; onClose: () => void }) {
  const { t } = useTranslation('import');
  const [store] = useState(() => createImportStore(client, table));
  const [nativeDialogs, setNativeDialogs] = useState(false);
  const { inspection, preview, mapping, busy, error } = useStore(store);
  useEffect(() => () => store.dispose(), [store]);
  useEffect(() => {
    let live = true;
    client.api('app.info', {}).then(
      (info) => live && setNativeDialogs(info.nativeDialogs),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [client]);
  // Closing while rows are written would hide the outcome: the import has to finish or be cancelled first.
  const close = () => {
    if (busy !== 'committing') onClose();
  };
  return (
    <Dialog title={t('title', { table: t(`table.${table}`) })} onClose={close} testId="import-wizard">
      <div className="import-wizard">
        <FileForm store={store} client={client} nativeDialogs={nativeDialogs} />
        {inspection && (
          <>
            <p className="hint">
              {t('file.summary', { name: inspection.fileName, count: inspection.rowCount, columns: inspection.header.length })}
            </p>
            <ReadOptions store={store} inspection={inspection} />
            {inspection.issues.length > 0 && !preview && <ReportTable issues={inspection.issues} total={inspection.issues.length} table={table} fields={inspection.fields} />}
            <MappingTable store={store} inspection={inspection} />
            <MatchOptions store={store} />
            <CommitPanel store={store} />
            {preview && <PreviewSection table={table} inspection={inspection} mapping={mapping} preview={preview} />}
          </>
        )}
        {!inspection && error && <RefusalNotice error={error} />}
      </div>
    </Dialog>
  );
}

