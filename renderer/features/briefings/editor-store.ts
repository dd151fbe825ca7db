import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MethodOutput } from '../../../db/contract/methods';
import type { AppErrorShape } from '../../../db/contract/result';
import type { Briefing, BriefingExport } from '../../../db/schema/briefings';
import type { BriefingDocument } from '../../../db/schema/briefing-document';
import type { Locale } from '../../../db/schema/enums';
import type { Client } from '../../api/client';
import { toErrorShape } from '../shared/query-store';
import { draftOf, newDraft, valuesOf, type Draft } from './draft';

export interface Choice {
  id: number;
  name: string;
}

/** The records a briefing can be about, for the subject pickers. */
export interface Choices {
  clusters: Choice[];
  partners: Choice[];
  comparisons: Choice[];
}

export type ExportResult = MethodOutput<'briefings.export'>;

export interface EditorState {
  record: Briefing | null;
  draft: Draft;
  dirty: boolean;
  loadError: AppErrorShape | null;
  saving: boolean;
  saveError: AppErrorShape | null;
  choices: Choices | null;
  /** The saved briefing's document, which the preview draws; the preview shows what will print. */
  doc: BriefingDocument | null;
  docError: AppErrorShape | null;
  exports: BriefingExport[];
  exporting: boolean;
  exportResult: ExportResult | null;
  exportError: AppErrorShape | null;
  load(id: number | 'new', defaults: { language: Locale; marking: string }): Promise<void>;
  edit(patch: Partial<Draft>): void;
  save(): Promise<Briefing | null>;
  remove(): Promise<boolean>;
  exportTo(file: string, language: Locale): Promise<void>;
  /** Reads the saved briefing again (keeping unsaved edits), its document and its exports. */
  reload(): Promise<void>;
}

/** Every table a briefing's document reads from. */
const WATCHED = [
  'briefings',
  'briefing_exports',
  'clusters',
  'projects',
  'partners',
  'agreements',
  'sources',
  'indicator_observations',
  'project_roles',
  'agreement_parties',
  'agreement_links',
  'source_links',
  'scenarios',
  'scenario_overrides',
  'comparisons',
  'targets',
] as const;

export type EditorStore = StoreApi<EditorState> & { dispose(): void };

/** One briefing in the editor: its draft, saving, the preview's document, exports and their history. */
export function createEditorStore(client: Client): EditorStore {
  const store = createStore<EditorState>()((set, get) => {
    const refreshSaved = async (id: number) => {
      const [doc, exports] = await Promise.allSettled([client.api('briefings.document', { id }), client.api('briefings.exports', { id })]);
      set({
        doc: doc.status === 'fulfilled' ? doc.value : null,
        docError: doc.status === 'rejected' ? toErrorShape(doc.reason) : null,
        exports: exports.status === 'fulfilled' ? exports.value : get().exports,
      });
    };
    const loadChoices = async () => {
      const [clusters, partners, comparisons] = await Promise.all([
        client.api('clusters.list', { limit: 1000, sort: { field: 'name', dir: 'asc' } }),
        client.api('partners.list', { limit: 1000, sort: { field: 'name', dir: 'asc' } }),
        client.api('comparisons.list', {}),
      ]);
      set({ choices: { clusters: clusters.rows, partners: partners.rows, comparisons } });
    };
    return {
      record: null,
      draft: newDraft('en', ''),
      dirty: false,
      loadError: null,
      saving: false,
      saveError: null,
      choices: null,
      doc: null,
      docError: null,
      exports: [],
      exporting: false,
      exportResult: null,
      exportError: null,
      async load(id, defaults) {
        try {
          void loadChoices().catch((err: unknown) => set({ loadError: toErrorShape(err) }));
          if (id === 'new') {
            set({ record: null, draft: newDraft(defaults.language, defaults.marking), dirty: false, doc: null, exports: [] });
            return;
          }
          const record = await client.api('briefings.get', { id });
          set({ record, draft: draftOf(record), dirty: false, loadError: null });
          await refreshSaved(id);
        } catch (err) {
          set({ loadError: toErrorShape(err) });
        }
      },
      edit(patch) {
        set({ draft: { ...get().draft, ...patch }, dirty: true, saveError: null });
      },
      async save() {
        const { record, draft } = get();
        set({ saving: true, saveError: null });
        try {
          const saved = record
            ? await client.api('briefings.update', { id: record.id, version: record.version, values: valuesOf(draft) })
            : await client.api('briefings.create', valuesOf(draft));
          set({ record: saved, draft: draftOf(saved), dirty: false, saving: false });
          await refreshSaved(saved.id);
          return saved;
        } catch (err) {
          set({ saving: false, saveError: toErrorShape(err) });
          return null;
        }
      },
      async remove() {
        const { record } = get();
        if (!record) return false;
        try {
          await client.api('briefings.delete', { id: record.id, version: record.version });
          return true;
        } catch (err) {
          set({ saveError: toErrorShape(err) });
          return false;
        }
      },
      async reload() {
        const { record, dirty } = get();
        if (!record) return;
        try {
          const fresh = await client.api('briefings.get', { id: record.id });
          set(dirty ? { record: fresh } : { record: fresh, draft: draftOf(fresh) });
          await refreshSaved(record.id);
        } catch (err) {
          set({ loadError: toErrorShape(err) });
        }
      },
      async exportTo(file, language) {
        const { record } = get();
        if (!record) return;
        set({ exporting: true, exportResult: null, exportError: null });
        try {
          const result = await client.api('briefings.export', { id: record.id, file, language });
          set({ exporting: false, exportResult: result, exports: await client.api('briefings.exports', { id: record.id }) });
        } catch (err) {
          set({ exporting: false, exportError: toErrorShape(err) });
        }
      },
    };
  });
  // An edit elsewhere (another view, an undo) may change what the preview shows: draw it again. A new
  // export changes only the history, and the preview of a long briefing is costly to draw again.
  const stop = client.on('data.changed', ({ tables }) => {
    const { record } = store.getState();
    if (!record) return;
    if (tables.length === 1 && tables[0] === 'briefing_exports') {
      void client.api('briefings.exports', { id: record.id }).then((exports) => store.setState({ exports }), () => {});
    } else if (tables.some((t) => t === 'workspace' || (WATCHED as readonly string[]).includes(t))) void store.getState().reload();
  });
  return Object.assign(store, { dispose: stop });
}
