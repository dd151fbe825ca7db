/**
 * Runs in the page before any of its scripts: puts the same Bridge on window.clusterdesk that the
 * Electron preload exposes, backed by the bindings the shell registers. Serialised as a string, so
 * it may reference nothing outside itself.
 */
export function installBridge(): void {
  const w = window as unknown as Record<string, unknown>;
  // Looked up per call: Playwright installs its bindings in its own init script.
  const invokeBinding = (method: string, input: unknown) =>
    (w.__clusterdeskInvoke as (method: string, input: unknown) => Promise<unknown>)(method, input);
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  Object.defineProperty(window, '__clusterdeskEmit', {
    value: (event: string, payload: unknown) => listeners.get(event)?.forEach((cb) => cb(payload)),
  });
  Object.defineProperty(window, 'clusterdesk', {
    value: Object.freeze({
      invoke: (method: string, input: unknown) => invokeBinding(String(method), input),
      on: (event: string, callback: (payload: unknown) => void) => {
        const set = listeners.get(event) ?? new Set();
        set.add(callback);
        listeners.set(event, set);
        return () => set.delete(callback);
      },
    }),
  });
}
