import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ChangedTable } from '../../../../db/contract/events';
import type { AppErrorShape } from '../../../../db/contract/result';
import { defaultComparisonSettings, type ComparisonRecord, type ComparisonSettings, type ScenarioInputs } from '../../../../db/schema/scenarios';
import type { ScenarioSummary } from '../../../../db/schema/summaries';
import type { Client } from '../../../api/client';
import { toErrorShape, type LoadStatus } from '../../shared/query-store';

export const MAX_COMPARED = 4;

export interface ComparisonState {
  status: LoadStatus;
  error: AppErrorShape | null;
  /** The comparison as stored; null until a new one is saved. */
  saved: ComparisonRecord | null;
  name: string;
  /** The compared scenarios in the order chosen: the first is the one the others are measured against. */
  scenarioIds: number[];
  settings: ComparisonSettings;
  scenarios: ScenarioSummary[];
  /** What the engine needs for the chosen scenarios; null while none is chosen. */
  inputs: ScenarioInputs | null;
  saving: boolean;
  saveError: AppErrorShape | null;
  toggle(id: number): void;
  setSettings(patch: Partial<ComparisonSettings>): void;
  setName(name: string): void;
  /** Creates or updates the saved comparison; resolves with it, or null when the store refused. */
  save(): Promise<ComparisonRecord | null>;
  /** Loads and follows changes made elsewhere; the function returned stops following. */
  connect(): () => void;
}

export type ComparisonStore = StoreApi<ComparisonState>;

const WATCHED: readonly ChangedTable[] = ['workspace', 'projects', 'clusters', 'targets', 'scenarios', 'scenario_overrides', 'comparisons'];

/** A comparison page: a saved comparison (id) or a new one starting from some scenarios. */
export function createComparisonStore(client: Client, id: number | null, initialIds: readonly number[]): ComparisonStore {
  let ticket = 0;
  return createStore<ComparisonState>()((set, get) => {
    /** The inputs of the chosen scenarios, dropping answers overtaken by a newer choice. */
    const readInputs = async () => {
      const ids = get().scenarioIds;
      const mine = ++ticket;
      const inputs = ids.length ? await client.api('scenarios.inputs', { ids }) : null;
      if (mine === ticket) set({ inputs });
    };

    const load = async () => {
      try {
        const [scenarios, saved] = await Promise.all([client.api('scenarios.list', {}), id === null ? null : client.api('comparisons.get', { id })]);
        const known = new Set(scenarios.map((s) => s.id));
        const fresh = get().status !== 'ready';
        set({
          scenarios,
          saved,
          status: 'ready',
          error: null,
          // The choices on screen are the analyst's until saved; only the first load takes them from the store.
          ...(fresh
            ? saved
              ? { name: saved.name, scenarioIds: saved.scenarioIds, settings: saved.settings }
              : { scenarioIds: initialIds.filter((s) => known.has(s)).slice(0, MAX_COMPARED) }
            : { scenarioIds: get().scenarioIds.filter((s) => known.has(s)) }),
        });
        await readInputs();
      } catch (err) {
        set({ status: 'error', error: toErrorShape(err) });
      }
    };

    return {
      status: 'idle',
      error: null,
      saved: null,
      name: '',
      scenarioIds: [],
      settings: defaultComparisonSettings,
      scenarios: [],
      inputs: null,
      saving: false,
      saveError: null,
      toggle(scenarioId) {
        const ids = get().scenarioIds;
        const next = ids.includes(scenarioId) ? ids.filter((s) => s !== scenarioId) : ids.length < MAX_COMPARED ? [...ids, scenarioId] : ids;
        if (next === ids) return;
        const { settings } = get();
        const focusScenarioId = settings.focusScenarioId !== null && next.includes(settings.focusScenarioId) ? settings.focusScenarioId : null;
        set({ scenarioIds: next, settings: { ...settings, focusScenarioId } });
        void readInputs().catch((err: unknown) => set({ status: 'error', error: toErrorShape(err) }));
      },
      setSettings(patch) {
        set({ settings: { ...get().settings, ...patch } });
      },
      setName(name) {
        set({ name });
      },
      async save() {
        const { saved, name, scenarioIds, settings } = get();
        set({ saving: true, saveError: null });
        try {
          const values = { name, scenarioIds, settings };
          const record = saved
            ? await client.api('comparisons.update', { id: saved.id, version: saved.version, values })
            : await client.api('comparisons.create', values);
          set({ saved: record, saving: false });
          return record;
        } catch (err) {
          set({ saving: false, saveError: toErrorShape(err) });
          return null;
        }
      },
      connect() {
        void load();
        return client.on('data.changed', ({ tables }) => {
          if (!get().saving && tables.some((t) => WATCHED.includes(t))) void load();
        });
      },
    };
  });
}
