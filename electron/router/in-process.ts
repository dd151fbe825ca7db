import type { Emit } from '../../db/handlers/dispatch';
import { createDispatch } from '../../db/handlers/dispatch';
import { WorkspaceHost } from '../../db/handlers/host';
import type { Clock } from '../../db/store/workspace';
import { createRouter, type Router } from './router';

export const IN_PROCESS_ORIGIN = 'app://clusterdesk';
export const IN_PROCESS_SENDER = { url: `${IN_PROCESS_ORIGIN}/index.html`, isTopFrame: true };

/** The router over a store in this thread, without a worker: for tests and benchmarks. */
export function inProcessRouter(emit: Emit = () => {}, clock?: Clock): { router: Router; host: WorkspaceHost } {
  const host = new WorkspaceHost(clock);
  const dispatch = createDispatch(host, emit);
  const router = createRouter({ appOrigin: IN_PROCESS_ORIGIN, backend: async (m, i) => dispatch(m, i) });
  return { router, host };
}
