import type { AppErrorShape, EventName, Events, Result } from '../../db/contract';

/**
 * What both shells put on `window.clusterdesk`: the Electron preload through contextBridge, the
 * Chromium shell through an init script. The renderer reaches the store through nothing else.
 */
export interface Bridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  on<E extends EventName>(event: E, callback: (payload: Events[E]) => void): () => void;
}

declare global {
  interface Window {
    clusterdesk?: Bridge;
  }
}

export type { AppErrorShape };
