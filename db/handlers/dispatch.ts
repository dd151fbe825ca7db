import type { StoreMethodName } from '../contract/handler-types';
import { contract } from '../contract/methods';
import { AppError, failure, ok, type Result } from '../contract/result';
import type { Events, StoreEventName } from '../contract/events';
import { SqliteError } from '../store/driver';
import { handlers } from './handlers';
import type { WorkspaceHost } from './host';

export type Emit = <E extends StoreEventName>(event: E, payload: Events[E]) => void;
export type Dispatch = (method: StoreMethodName, input: unknown) => Result<unknown>;

/** Turns driver errors that reach this far into stable codes with a message an analyst can act on. */
function translate(err: unknown): unknown {
  if (err instanceof SqliteError) {
    if (err.code.startsWith('SQLITE_CONSTRAINT')) {
      return new AppError('CONSTRAINT', 'The change breaks a rule of the workspace (a missing link or a value out of range); nothing was saved.', {
        sqlite: err.code,
      });
    }
    if (err.code === 'SQLITE_BUSY' || err.code === 'SQLITE_FULL' || err.code === 'SQLITE_IOERR' || err.code === 'SQLITE_READONLY') {
      return new AppError('IO', `The workspace file could not be written (${err.code}); nothing was saved.`, { sqlite: err.code });
    }
  }
  return err;
}

/**
 * Runs a method whose input the router has already parsed. Each write runs as one transaction with
 * its change log; afterwards the tables it touched are announced. Nothing thrown escapes.
 */
export function createDispatch(host: WorkspaceHost, emit: Emit): Dispatch {
  host.emit = emit;
  return (method, input) => {
    try {
      const handler = handlers[method] as (h: WorkspaceHost, input: unknown) => unknown;
      if (method.startsWith('workspace.') || method.startsWith('backups.') || !contract[method].writes) {
        const value = handler(host, input);
        if (contract[method].writes) emit('data.changed', { tables: ['workspace'] });
        return ok(value);
      }
      const { value, tables } = host.ws.write(method, () => handler(host, input));
      if (tables.length) emit('data.changed', { tables });
      return ok(value);
    } catch (err) {
      return failure(translate(err));
    }
  };
}
