/**
 * A long import runs synchronously inside one transaction in the store worker, so a cancel request
 * cannot arrive as a message while it runs. The import instead reads a flag between chunks of rows:
 * an AbortSignal works in-process, and sharedCancelFlag gives one that another thread can raise.
 */
export interface CancelSignal {
  readonly aborted: boolean;
}

export interface Progress {
  phase: 'validating' | 'writing';
  done: number;
  total: number;
}

export interface LongRunning {
  signal?: CancelSignal;
  onProgress?: (progress: Progress) => void;
}

/** Thrown between chunks when the signal is raised; the transaction around it rolls back. */
export class Cancelled extends Error {
  constructor() {
    super('The import was cancelled; nothing was changed.');
    this.name = 'Cancelled';
  }
}

/** How many rows run between two looks at the signal and two progress reports. */
export const CHUNK_ROWS = 1000;

/** Reports progress and honours cancellation once per chunk, and at the end of a phase. */
export function checkpoint(options: LongRunning, phase: Progress['phase'], done: number, total: number): void {
  if (done % CHUNK_ROWS !== 0 && done !== total) return;
  if (options.signal?.aborted) throw new Cancelled();
  options.onProgress?.({ phase, done, total });
}

/** A cancel flag in shared memory: pass `buffer` to the thread that may cancel, and `signal` to the import. */
export function sharedCancelFlag(buffer: SharedArrayBuffer = new SharedArrayBuffer(4)) {
  const flag = new Int32Array(buffer, 0, 1);
  return {
    buffer,
    signal: {
      get aborted() {
        return Atomics.load(flag, 0) === 1;
      },
    } satisfies CancelSignal,
    cancel: () => {
      Atomics.store(flag, 0, 1);
    },
  };
}
