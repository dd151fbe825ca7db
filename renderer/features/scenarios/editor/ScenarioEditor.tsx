import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { Loading } from '../../shared/Loading';
import type { ScenariosStore } from '../store';
import '../scenarios.css';
import { AssumptionsForm } from './AssumptionsForm';
import type { EditorStore } from './editor-store';
import { liveResult } from './live-result';
import { OverridesTable } from './OverridesTable';
import { ResultsPanel } from './ResultsPanel';
import { ScenarioFieldsForm } from './ScenarioFieldsForm';

/** A scenario's page: its fields, assumptions and overrides, with the results recomputed as they change. */
export function ScenarioEditor({ store, id }: { store: ScenariosStore; id: number }) {
  const editor = useMemo(() => store.openEditor(id), [store, id]);
  useEffect(() => editor.getState().connect(), [editor]);
  const state = useStore(editor);
  if (state.status === 'error' && state.error) return <ErrorNotice error={state.error} onRetry={() => void state.load()} />;
  if (!state.draft || !state.inputs || !state.scenario) return <Loading />;
  return <EditorPage editor={editor} />;
}

function EditorPage({ editor }: { editor: EditorStore }) {
  const { t } = useTranslation('scenarios');
  const state = useStore(editor);
  const { draft, inputs, scenario } = state;
  const live = useMemo(() => liveResult(draft!, inputs!, scenario!.id), [draft, inputs, scenario]);
  return (
    <article className="record sc-scenario-editor">
      <p className="record-kind">{t('record.kind')}</p>
      <h1>
        <bdi>{draft!.name || scenario!.name}</bdi>
      </h1>
      {scenario!.illustrative && (
        <p className="notice sc-notice-assumption">
          <strong>{t('illustrative.badge')}</strong> {t('illustrative.hint')}
        </p>
      )}
      <ScenarioFieldsForm editor={editor} />
      <AssumptionsForm editor={editor} live={live} />
      <OverridesTable editor={editor} live={live} />
      <ResultsPanel live={live} inputs={inputs!} />
    </article>
  );
}
