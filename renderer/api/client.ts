import type { AppErrorShape, EventName, Events, MethodInput, MethodName, MethodOutput, Result } from '../../db/contract';
import type { Bridge } from './bridge';

/** A failed call, carrying the stable code and the message to show. */
export class ApiError extends Error {
  readonly code: AppErrorShape['code'];
  readonly details: unknown;
  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.details = shape.details;
  }
}

export interface Client {
  /** Calls a method; resolves with its output or rejects with an ApiError. */
  api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Calls a method and returns the Result envelope as it crossed the boundary. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  on<E extends EventName>(event: E, callback: (payload: Events[E]) => void): () => void;
}

export function createClient(bridge: Bridge): Client {
  const call = <M extends MethodName>(method: M, input: MethodInput<M>) =>
    bridge.invoke(method, input) as Promise<Result<MethodOutput<M>>>;
  return {
    call,
    async api(method, input) {
      const result = await call(method, input);
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    },
    on: (event, callback) => bridge.on(event, callback),
  };
}
