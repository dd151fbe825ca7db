import { Worker } from 'node:worker_threads';
import type { StoreMethodName } from '../../db/contract/handler-types';
import { failure, AppError, type Result } from '../../db/contract/result';
import type { FromWorker, ToWorker, WorkerStart } from './protocol';

export interface StoreWorker {
  /** The outcome of opening the workspace at start: its info, null when none was opened, or the error. */
  ready: Promise<Result<unknown>>;
  call(method: StoreMethodName, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: string, payload: unknown) => void): () => void;
  close(): Promise<void>;
}

/** Starts the store worker from its bundled entry file and talks to it by message. */
export function startStoreWorker(entry: string | URL, start: WorkerStart): StoreWorker {
  const worker = new Worker(entry, { workerData: start });
  const pending = new Map<number, (r: Result<unknown>) => void>();
  const listeners = new Set<(event: string, payload: unknown) => void>();
  let nextId = 1;
  /** Set once the worker has stopped: later calls are answered at once instead of waiting forever. */
  let stopped: Result<unknown> | null = null;
  let resolveReady!: (r: Result<unknown>) => void;
  const ready = new Promise<Result<unknown>>((r) => (resolveReady = r));

  const failAll = (message: string) => {
    const result = failure(new AppError('INTERNAL', message));
    stopped ??= result;
    resolveReady(result);
    for (const resolve of pending.values()) resolve(result);
    pending.clear();
  };

  worker.on('message', (m: FromWorker) => {
    if (m.kind === 'ready') resolveReady(m.result);
    else if (m.kind === 'reply') {
      pending.get(m.id)?.(m.result);
      pending.delete(m.id);
    } else listeners.forEach((l) => l(m.event, m.payload));
  });
  worker.on('error', (err) => failAll(`The store stopped unexpectedly (${err.message}); restart ClusterDesk. Saved changes are kept.`));
  worker.on('exit', () => failAll('The store has closed; restart ClusterDesk. Saved changes are kept.'));

  const post = (message: ToWorker) =>
    new Promise<Result<unknown>>((resolve) => {
      if (stopped) return resolve(stopped);
      pending.set(message.id, resolve);
      worker.postMessage(message);
    });

  return {
    ready,
    call: (method, input) => post({ id: nextId++, method, input }),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (stopped) return;
      await post({ id: nextId++, close: true });
      await worker.terminate();
      failAll('The store has closed; restart ClusterDesk. Saved changes are kept.');
    },
  };
}
