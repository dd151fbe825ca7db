import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { SettingsState } from '../../app/settings/settings-store';
import type { ShellStore } from '../../app/shell/shell-store';
import { listHref } from '../../app/routing/routes';
import type { StoreApi } from 'zustand/vanilla';
import { ErrorNotice } from '../shared/ErrorNotice';
import { BriefingForm } from './BriefingForm';
import { BriefingPreview } from './BriefingPreview';
import { ExportPanel } from './ExportPanel';
import type { BriefingsStore } from './store';
import './briefings.css';

interface Props {
  id: number | 'new';
  briefings: BriefingsStore;
  settings: StoreApi<SettingsState>;
  shell: ShellStore;
  workspaceFile: string;
}

/** A briefing's page: its definition, the export with its history, and the preview of what prints. */
export function BriefingEditor({ id, briefings, settings, shell, workspaceFile }: Props) {
  const { t } = useTranslation('briefings');
  const store = useMemo(() => briefings.editor(), [briefings]);
  useEffect(() => () => store.dispose(), [store]);
  const { record, loadError } = useStore(store);

  // The defaults are read when the page opens: a change in Settings later does not rewrite a draft begun.
  useEffect(() => {
    const { language, defaultMarking } = settings.getState().settings;
    void store.getState().load(id, { language, marking: defaultMarking });
  }, [store, id, settings]);

  return (
    <div className="briefing-editor">
      <p>
        <a href={listHref('briefings')}>{t('editor.back')}</a>
      </p>
      <h1>{record ? <bdi>{record.name}</bdi> : t('editor.newTitle')}</h1>
      {loadError ? (
        <ErrorNotice error={loadError} />
      ) : (
        <>
          <BriefingForm
            store={store}
            onSaved={(savedId, created) => {
              if (created) window.location.hash = `#/briefings/${savedId}`;
            }}
            onDeleted={() => {
              window.location.hash = listHref('briefings');
            }}
          />
          <ExportPanel store={store} shell={shell} workspaceFile={workspaceFile} />
          <BriefingPreview store={store} />
        </>
      )}
    </div>
  );
}
