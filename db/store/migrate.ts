import { AppError } from '../contract/result';
import { migrations } from '../migrations';
import type { Db } from './driver';
import { APPLICATION_ID } from './header';

/**
 * Brings the file from its user_version up to `target` in ONE transaction for all pending steps, so
 * a step that fails rolls back the steps before it too and the file stays at the version it had.
 * The version is read inside the transaction: another process may have migrated the file meanwhile.
 * `steps` is the migration list (position = version produced); tests pass their own.
 */
export function migrate(db: Db, target?: number, steps: readonly string[] = migrations): number {
  const to = target ?? steps.length;
  return db
    .transaction(() => {
      const from = db.pragma('user_version', { simple: true }) as number;
      if (from >= to) return from;
      for (let version = from + 1; version <= to; version++) {
        try {
          db.exec(steps[version - 1]);
        } catch (err) {
          throw new AppError('INTERNAL', `Schema migration ${version} failed: ${(err as Error).message}`, {
            fromVersion: from,
            failedVersion: version,
            reason: (err as Error).message,
          });
        }
      }
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${to}`);
      return to;
    })
    .immediate();
}
