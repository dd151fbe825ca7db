import { useEffect } from 'react';
import type { i18n } from 'i18next';
import { useStore } from 'zustand';
import { applySettings } from './apply-settings';
import type { SettingsStore } from './settings-store';

/** Reads the settings once per window and keeps the UI language and formats in step with them. */
export function useApplySettings(store: SettingsStore, instance: i18n): void {
  const { settings, status, load } = useStore(store);
  useEffect(() => {
    if (status === 'idle') void load();
  }, [status, load]);
  useEffect(() => applySettings(instance, settings), [instance, settings]);
}
