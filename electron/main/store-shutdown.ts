import type { StoreWorker } from '../worker/worker-client';

/**
 * Closes the store worker (its database connection checkpoints and closes) but never holds the
 * quit up for longer than `ms`: a worker that has already died would otherwise never answer.
 */
export function closeStore(worker: Pick<StoreWorker, 'close'>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([worker.close().catch(() => {}), timeout]).finally(() => clearTimeout(timer));
}
