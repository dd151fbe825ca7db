import type { ShellMethodName, StoreMethodName } from '../../db/contract/handler-types';
import { contract, isMethodName } from '../../db/contract/methods';
import { AppError, failure, type Result } from '../../db/contract/result';

/** Who sent a call: the shells fill this from the IPC event or the Playwright binding source. */
export interface Sender {
  url: string;
  isTopFrame: boolean;
}

export type Backend = (method: StoreMethodName, input: unknown) => Promise<Result<unknown>>;
export type ShellBackend = (method: ShellMethodName, input: unknown) => Promise<Result<unknown>>;

export interface Router {
  handle(sender: Sender, method: unknown, input: unknown): Promise<Result<unknown>>;
}

function issuesOf(error: { issues: { path: PropertyKey[]; message: string }[] }) {
  return error.issues.slice(0, 20).map((i) => ({ field: i.path.map(String).join('.') || '(input)', message: i.message }));
}

/**
 * The single entry point for the untrusted renderer: checks the sender, the method name and the
 * input, then passes the parsed input to the store worker, or to the shell for the methods it
 * answers itself. Always resolves with a Result.
 */
export function createRouter(options: { appOrigin: string; backend: Backend; shell?: ShellBackend }): Router {
  const { appOrigin, backend, shell } = options;
  const fromApp = (sender: Sender | null | undefined) => {
    // A shell that could not tell who sent the call passes no sender: that is refused, not a crash.
    if (typeof sender !== 'object' || sender === null || sender.isTopFrame !== true || typeof sender.url !== 'string') return false;
    try {
      // URL.origin is "null" for custom schemes such as app://, so compare scheme and host directly;
      // the URL parser forgives what a serialised frame URL never has (user-info, blanks and control
      // characters, which it strips), so refuse those rather than let them pass as the app.
      if ([...sender.url].some((c) => c <= ' ' || c === '\u007f')) return false;
      const url = new URL(sender.url);
      return url.username === '' && url.password === '' && `${url.protocol}//${url.host}` === appOrigin;
    } catch {
      return false;
    }
  };
  return {
    async handle(sender, method, input) {
      try {
        if (!fromApp(sender)) throw new AppError('FORBIDDEN', 'Call refused: it did not come from the ClusterDesk window.');
        if (!isMethodName(method)) {
          const what = typeof method === 'string' ? `There is no method named ${JSON.stringify(method.slice(0, 80))}.` : `A method name must be a string, not ${typeof method}.`;
          throw new AppError('UNKNOWN_METHOD', what);
        }
        const parsed = contract[method].input.safeParse(input);
        if (!parsed.success) {
          const issues = issuesOf(parsed.error);
          const summary = issues.slice(0, 3).map((i) => `${i.field}: ${i.message}`).join('; ');
          throw new AppError('VALIDATION', `Invalid input for ${method}: ${summary}.`, { issues });
        }
        // After the input check, so that every method answers malformed input alike.
        if (contract[method].fromShellOnly) throw new AppError('FORBIDDEN', `Call refused: ${method} is for ClusterDesk itself, not for its window.`);
        if (contract[method].runs === 'store') return await backend(method as StoreMethodName, parsed.data);
        if (!shell) throw new AppError('UNKNOWN_METHOD', `${method} is not available here.`);
        return await shell(method as ShellMethodName, parsed.data);
      } catch (err) {
        return failure(err);
      }
    },
  };
}
