import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ChangedTable } from '../../../../db/contract/events';
import type { AppErrorShape } from '../../../../db/contract/result';
import type { ScenarioSummary } from '../../../../db/schema/summaries';
import type { Scenario, ScenarioInputs } from '../../../../db/schema/scenarios';
import { ApiError, type Client } from '../../../api/client';
import { toErrorShape, type LoadStatus } from '../../shared/query-store';
import { changes, draftOf, savedState, type Draft } from './draft';
import { overridesOf, sameOverrides, withOverrides, type OverridesSnapshot } from './undo-steps';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface EditorState {
  status: LoadStatus;
  error: AppErrorShape | null;
  /** The scenario as last saved, with the version the next update names. */
  scenario: Scenario | null;
  inputs: ScenarioInputs | null;
  /** Every scenario, for the choice of a parent. */
  scenarios: ScenarioSummary[];
  /** What is stored, and what the analyst sees (the same once everything is saved). */
  base: Draft | null;
  draft: Draft | null;
  save: SaveState;
  saveError: AppErrorShape | null;
  /** The scenario was changed elsewhere while edits were unsaved: they were replaced by the stored values. */
  reloadedAfterConflict: boolean;
  /** The overrides before each grid action, nearest last; and the ones undone, for redo. */
  past: OverridesSnapshot[];
  future: OverridesSnapshot[];
  load(): Promise<void>;
  edit(change: (draft: Draft) => Draft): void;
  /** One action of the overrides grid (an edit, a paste, a clear): one undo step. */
  step(change: (draft: Draft) => Draft): void;
  /** Takes back (or brings back) the last grid action; false when there is none. */
  undo(): boolean;
  redo(): boolean;
  /** Saves now what is waiting for the pause in typing. */
  flush(): Promise<void>;
  remove(): Promise<boolean>;
  /** Loads the scenario and follows changes made elsewhere; the function returned stops, saving what waits. */
  connect(): () => void;
}

export type EditorStore = StoreApi<EditorState>;

/** Grid actions kept for undo; older ones drop off. */
const UNDO_LIMIT = 100;

/** Tables whose changes made elsewhere (an undo, another view) the editor shows once it has nothing unsaved. */
const WATCHED: readonly ChangedTable[] = ['workspace', 'projects', 'clusters', 'targets', 'scenarios', 'scenario_overrides'];

/**
 * One scenario being edited. Every change shows at once (the results are computed from the
 * draft) and is saved after a pause in typing, one write at a time, so the change log holds
 * whole edits and undo takes back what the analyst did, not each keystroke.
 */
export function createEditorStore(client: Client, id: number, options: { delayMs?: number } = {}): EditorStore {
  const delayMs = options.delayMs ?? 600;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;

  const store = createStore<EditorState>()((set, get) => {
    const fetchAll = async () => {
      const [scenario, inputs, scenarios] = await Promise.all([
        client.api('scenarios.get', { id }),
        client.api('scenarios.inputs', { ids: [id] }),
        client.api('scenarios.list', {}),
      ]);
      return { scenario, inputs, scenarios, base: draftOf(scenario, inputs.scenarios.find((s) => s.id === id)!) };
    };

    const load = async () => {
      if (get().status === 'idle') set({ status: 'loading' });
      try {
        const fresh = await fetchAll();
        // Edits typed while the answer was on its way stay; they are saved against the fresh values.
        const keep = get().save === 'pending' || get().save === 'saving';
        const current = get().draft;
        // Overrides changed elsewhere make the grid's steps stale: undoing one would write over that change.
        const stale = !keep && current !== null && !sameOverrides(current, fresh.base);
        set({ ...fresh, draft: keep ? current : fresh.base, status: 'ready', error: null, ...(stale ? { past: [], future: [] } : {}) });
      } catch (err) {
        set({ status: 'error', error: toErrorShape(err) });
      }
    };

    const save = async () => {
      const { base, draft, scenario } = get();
      if (!base || !draft || !scenario) return;
      const diff = changes(base, draft);
      if (!diff.fields && diff.overrides.length === 0) {
        set({ save: 'saved', saveError: null });
        return;
      }
      set({ save: 'saving' });
      try {
        let saved = scenario;
        if (diff.fields) saved = await client.api('scenarios.update', { id, version: scenario.version, values: diff.fields });
        for (const o of diff.overrides) {
          const subject = o.subject === 'project' ? { projectId: o.id } : { clusterId: o.id };
          await client.api('scenarioOverrides.update', { scenarioId: id, ...subject, values: o.values });
        }
        const parentChanged = diff.fields?.parentId !== undefined;
        // A new parent brings its own chain of values: the inputs are read again.
        const inputs = parentChanged ? await client.api('scenarios.inputs', { ids: [id] }) : get().inputs;
        const now = get().draft;
        set({ scenario: saved, inputs, base: savedState(base, draft, diff.fields !== null), saveError: null, save: now === draft ? 'saved' : 'pending' });
        if (now !== draft) schedule();
      } catch (err) {
        if (err instanceof ApiError && err.code === 'CONFLICT') {
          set({ save: 'saved', reloadedAfterConflict: true });
          await load();
          return;
        }
        set({ save: 'error', saveError: toErrorShape(err) });
      }
    };

    const run = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      // One write at a time: a save asked for during another runs once that one is done.
      running = (running ?? Promise.resolve()).then(save).finally(() => {
        running = null;
      });
      return running;
    };

    /** Replaces the draft's overrides by a snapshot, keeping the current ones on the other stack. */
    const travel = (from: 'past' | 'future'): boolean => {
      const { draft, past, future } = get();
      const stack = from === 'past' ? past : future;
      if (!draft || stack.length === 0) return false;
      const target = stack[stack.length - 1];
      const other = [...(from === 'past' ? future : past), overridesOf(draft)];
      const rest = stack.slice(0, -1);
      set({
        draft: withOverrides(draft, target),
        past: from === 'past' ? rest : other,
        future: from === 'past' ? other : rest,
        save: 'pending',
        reloadedAfterConflict: false,
      });
      schedule();
      return true;
    };

    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void run(), delayMs);
    };

    return {
      status: 'idle',
      error: null,
      scenario: null,
      inputs: null,
      scenarios: [],
      base: null,
      draft: null,
      save: 'saved',
      saveError: null,
      reloadedAfterConflict: false,
      past: [],
      future: [],
      load,
      edit(change) {
        const { draft } = get();
        if (!draft) return;
        set({ draft: change(draft), save: 'pending', reloadedAfterConflict: false });
        schedule();
      },
      step(change) {
        const { draft, past } = get();
        if (!draft) return;
        const next = change(draft);
        if (sameOverrides(next, draft)) return;
        set({ past: [...past, overridesOf(draft)].slice(-UNDO_LIMIT), future: [] });
        get().edit(() => next);
      },
      undo: () => travel('past'),
      redo: () => travel('future'),
      flush: async () => {
        if (get().save === 'pending' || timer) await run();
        else if (running) await running;
      },
      async remove() {
        const { scenario } = get();
        if (!scenario) return false;
        try {
          await client.api('scenarios.delete', { id, version: scenario.version });
          return true;
        } catch (err) {
          set({ saveError: toErrorShape(err), save: 'error' });
          return false;
        }
      },
      connect() {
        void load();
        const stop = client.on('data.changed', ({ tables }) => {
          // The editor's own writes are announced while it saves; changes from elsewhere reload once all is saved.
          if (get().status === 'ready' && get().save === 'saved' && tables.some((t) => WATCHED.includes(t))) void load();
        });
        return () => {
          stop();
          // Leaving the page saves what is still waiting for the pause in typing.
          if (timer) void run();
        };
      },
    };
  });
  return store;
}
