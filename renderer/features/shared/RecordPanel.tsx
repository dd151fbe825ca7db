import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangedTable } from '../../../db/contract/events';
import type { SourceLinkRow } from '../../../db/schema/relations';
import type { Client } from '../../api/client';
import { recordHref } from '../../app/routing/routes';
import type { ReferenceCache } from '../../grid/data/references';
import { DetailPanel, PanelSection } from '../../grid/panel/DetailPanel';
import { RecordHistory } from '../../grid/panel/RecordHistory';
import { SourcesEditor } from '../../grid/panel/SourcesEditor';
import { usePanelData } from '../../grid/panel/use-panel-data';
import { ErrorNotice } from './ErrorNotice';
import { FieldList, type FieldItem } from './FieldList';
import { useFieldLabel } from './use-field-label';

/** The records whose panel has a page link, a sources editor and a history: each named by its entity, with its table. */
const tables = { cluster: 'clusters', project: 'projects', partner: 'partners', agreement: 'agreements' } as const;
export type PanelEntity = keyof typeof tables;

export interface RecordPanelProps {
  id: number;
  name: string;
  client: Client;
  references: ReferenceCache;
}

interface Props<T> extends RecordPanelProps {
  entity: PanelEntity;
  /** The record's own fields, which a source may back one by one. */
  fieldNames: readonly string[];
  load: () => Promise<T>;
  /** The tables whose change reloads the panel. */
  watched: readonly ChangedTable[];
  sources: (data: T) => readonly SourceLinkRow[];
  /** The name as loaded, where the panel loads the record itself (it may have been renamed since the row was read). */
  loadedName?: (data: T) => string;
  /** The record's figures, each with the sources that back it, where the panel shows them. */
  figures?: (data: T) => FieldItem[];
  /** The sections of this kind of record, shown above its sources once the data is in. */
  children: (data: T) => ReactNode;
}

/** The frame every record's panel beside the grid shares: its kind, name and page link, its figures and own sections, its sources and its history. */
export function RecordPanel<T>({ entity, id, name, client, references, fieldNames, load, watched, sources, loadedName, figures, children }: Props<T>) {
  const { t } = useTranslation();
  const { t: tg } = useTranslation('grid');
  const fieldLabel = useFieldLabel();
  const table = tables[entity];
  const { data, error } = usePanelData(client, `${entity}:${id}`, load, watched);
  const fields = fieldNames.map((field) => ({ field, label: fieldLabel(entity, field) }));
  return (
    <DetailPanel kind={t(`record.${entity}`)} name={data && loadedName ? loadedName(data) : name} href={recordHref(table, id)}>
      {error && <ErrorNotice error={error} />}
      {data && (
        <>
          {figures && (
            <PanelSection title={tg('panel.fields')}>
              <FieldList sources={sources(data)} items={figures(data)} />
            </PanelSection>
          )}
          {children(data)}
          <PanelSection title={tg('panel.sources')}>
            <SourcesEditor client={client} references={references} entityType={entity} entityId={id} links={sources(data)} fields={fields} />
          </PanelSection>
        </>
      )}
      <PanelSection title={tg('history.title')}>
        <RecordHistory client={client} table={table} id={id} fieldLabel={(f) => fieldLabel(entity, f)} />
      </PanelSection>
    </DetailPanel>
  );
}
