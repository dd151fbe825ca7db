import type { z } from 'zod';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorShape } from '../../../db/contract/result';
import { Settings, SettingsPatch } from '../../../db/schema/settings';
import type { Client } from '../../api/client';
import { toErrorShape, type LoadStatus } from '../../features/shared/query-store';

export type SettingsChange = z.input<typeof SettingsPatch>;

export interface SettingsState {
  /** The analyst's settings; the defaults until the shell has answered. */
  settings: Settings;
  status: LoadStatus;
  /**
   * Why the shell could not give the settings (a page opened without a shell). Changes then apply
   * to this window only, which keeps the window usable and says so on the Settings screen.
   */
  loadError: AppErrorShape | null;
  load(): Promise<void>;
  /**
   * Applies a change at once and saves it in the shell's settings file. Resolves with null, or with
   * why it could not be saved (the change stays in effect for this window).
   */
  update(patch: SettingsChange): Promise<AppErrorShape | null>;
}

export type SettingsStore = StoreApi<SettingsState> & { dispose(): void };

function invalid(message: string): AppErrorShape {
  return { code: 'VALIDATION', message };
}

/** The analyst's settings, kept by the shell in settings.json beside the workspaces (not in the browser's storage). */
export function createSettingsStore(client: Client): SettingsStore {
  const store = createStore<SettingsState>()((set, get) => ({
    settings: Settings.parse({}),
    status: 'idle',
    loadError: null,
    async load() {
      set({ status: 'loading' });
      try {
        set({ settings: await client.api('settings.get', {}), status: 'ready', loadError: null });
      } catch (err) {
        set({ status: 'error', loadError: toErrorShape(err) });
      }
    },
    async update(patch) {
      // The same rules as the router's, so an invalid value never reaches the screen.
      const parsed = SettingsPatch.safeParse(patch);
      if (!parsed.success) return invalid(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      const next = Settings.safeParse({ ...get().settings, ...parsed.data });
      if (!next.success) return invalid(next.error.message);
      set({ settings: next.data });
      if (get().loadError) return null;
      try {
        set({ settings: await client.api('settings.update', parsed.data) });
        return null;
      } catch (err) {
        return toErrorShape(err);
      }
    },
  }));
  return Object.assign(store, { dispose: () => {} });
}
