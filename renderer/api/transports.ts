import type { EventName, Events, Result } from '../../db/contract';
import type { Bridge } from './bridge';

/** The bridge a shell installed on the window (Electron preload or Chromium shell). */
export function windowBridge(): Bridge {
  const bridge = window.clusterdesk;
  if (!bridge) throw new Error('ClusterDesk must be started from its Electron or Chromium shell (no bridge on this page).');
  return bridge;
}

type Listener = (payload: unknown) => void;

/**
 * A bridge for tests and benchmarks that runs in the same process: `invoke` goes to a router's
 * handle function and events are fanned out from `emit`.
 */
export function inProcessBridge(handle: (method: string, input: unknown) => Promise<Result<unknown>>) {
  const listeners = new Map<string, Set<Listener>>();
  const bridge: Bridge = {
    invoke: (method, input) => handle(method, structuredClone(input)).then((r) => structuredClone(r)),
    on<E extends EventName>(event: E, callback: (payload: Events[E]) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(callback as Listener);
      listeners.set(event, set);
      return () => set.delete(callback as Listener);
    },
  };
  const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((cb) => cb(payload));
  return { bridge, emit };
}

/**
 * Stands in when the page was opened without a shell, so the window explains itself instead of
 * staying blank: every call fails with the reason.
 */
export function unavailableBridge(reason: string): Bridge {
  return {
    invoke: async () => ({ ok: false, error: { code: 'FORBIDDEN', message: reason } }),
    on: () => () => {},
  };
}
