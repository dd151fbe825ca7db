import type { StoreMethodName } from '../../db/contract/handler-types';
import type { Result } from '../../db/contract/result';

/** What the store worker is told when it starts. */
export interface WorkerStart {
  file: string;
  /** When the file does not exist: create it, from the sample if asked. */
  createIfMissing: boolean;
  sample: boolean;
}

export type ToWorker = { id: number; method: StoreMethodName; input: unknown } | { id: number; close: true };

export type FromWorker =
  | { kind: 'ready'; result: Result<unknown> }
  | { kind: 'reply'; id: number; result: Result<unknown> }
  | { kind: 'event'; event: string; payload: unknown };
