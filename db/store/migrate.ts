import { migrations } from '../migrations';
import type { Db } from './driver';
import { APPLICATION_ID } from './header';

/** Applies every migration after the file's user_version, each in its own transaction. */
export function migrate(db: Db, target = migrations.length): number {
  let version = db.pragma('user_version', { simple: true }) as number;
  while (version < target) {
    const sql = migrations[version];
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
    version += 1;
  }
  return version;
}
