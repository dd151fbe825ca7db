import type { AppErrorShape, MethodInput, MethodName, MethodOutput, Result } from '../../db/contract';
import { IN_PROCESS_SENDER } from '../../electron/router/in-process';
import type { Router } from '../../electron/router/router';

export interface RouterCalls {
  /** Calls a method through the router, as the renderer does, and returns the Result envelope. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  /** Calls a method that must succeed and returns its value. */
  value<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Calls a method that must fail and returns its error. */
  error<M extends MethodName>(method: M, input: MethodInput<M>): Promise<AppErrorShape>;
}

/** The three ways a test calls methods of an in-process router; a wrong outcome fails the test with the method's name. */
export function routerCalls(router: Router): RouterCalls {
  const call = <M extends MethodName>(method: M, input: MethodInput<M>) => router.handle(IN_PROCESS_SENDER, method, input) as Promise<Result<MethodOutput<M>>>;
  return {
    call,
    async value(method, input) {
      const r = await call(method, input);
      if (!r.ok) throw new Error(`${method} failed with ${r.error.code}: ${r.error.message}`);
      return r.value;
    },
    async error(method, input) {
      const r = await call(method, input);
      if (r.ok) throw new Error(`${method} succeeded but was expected to fail: ${JSON.stringify(r.value)}`);
      return r.error;
    },
  };
}
