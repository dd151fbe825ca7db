import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ChangeLog } from '../../db/store/change-log';
import type { Db } from '../../db/store/driver';
import { History } from '../../db/store/history';
import { createWorkspaceFile } from '../../db/store/open';
import { useTempDir } from '../support/temp';

const temp = useTempDir();

/** The workspace's connection, noting the SQL of every statement prepared through it. */
function recordingDb(db: Db, prepared: string[]): Db {
  return new Proxy(db, {
    get(target, key, receiver) {
      if (key === 'prepare') return (sql: string) => (prepared.push(sql), target.prepare(sql));
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('the change log', () => {
  // Every write runs these statements; one that scans the log grows slower with every edit ever made.
  test('finds change sets and log rows by index, never by scanning the whole history', () => {
    const db = createWorkspaceFile(join(temp(), 'log.clusterdesk'));
    const prepared: string[] = [];
    const wrapped = recordingDb(db, prepared);
    const log = new ChangeLog(wrapped);
    new History(wrapped, log, () => new Date(0).toISOString());
    const reads = prepared.filter((sql) => !/^\s*INSERT/i.test(sql));
    expect(reads.length).toBeGreaterThanOrEqual(5);
    for (const sql of reads) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array<null>((sql.match(/\?/g) ?? []).length).fill(null)) as { detail: string }[]).map((p) => p.detail);
      expect(plan.filter((d) => /^SCAN (change_sets|change_log)\b/.test(d)), sql).toEqual([]);
    }
    db.close();
  });
});
