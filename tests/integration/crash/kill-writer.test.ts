import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createWorkspaceFile, openWorkspaceFile } from '../../../db/store/open';
import { bundleForNode } from '../../support/build-worker';
import { seededRandom } from '../../support/seeded';
import { useTempDir } from '../../support/temp';
import { checkBatches } from './verify';
import { WriterPool } from './writer-pool';

/** 1,000 in `npm test`; the nightly run sets CLUSTERDESK_CRASH_KILLS=20000. */
const KILLS = Number(process.env.CLUSTERDESK_CRASH_KILLS ?? 1000);
// A workspace takes this many kills, growing all the while, before the next one starts; bounded so
// that each reopen's integrity_check stays quick.
const KILLS_PER_WORKSPACE = 100;
// Writers loading ahead of the one that runs: with two cores, two keep both busy.
const WARM_WRITERS = 2;
// A fifth of the kills are aimed at the opening (inspection, WAL recovery, pragmas), the rest at
// the writes; both measured from an event rather than from the spawn, so that a slow machine still
// puts them where they are meant to land.
const OPENING_SHARE = 0.2;
const MAX_MS_AFTER_GO = 30;
const MAX_MS_AFTER_OPEN = 40;

const temp = useTempDir();
let bundle = '';
beforeAll(async () => {
  bundle = await bundleForNode('tests/integration/crash/writer.ts', 'crash-writer');
});
afterAll(() => rmSync(bundle, { force: true }));

describe('a writer killed with SIGKILL at random moments', () => {
  test(
    `loses no acknowledged transaction and leaves none half written, over ${KILLS} kills`,
    async () => {
      const random = seededRandom('crash test');
      const pool = new WriterPool(bundle, WARM_WRITERS);
      const started = performance.now();
      const stats = { acknowledged: 0, unacknowledgedCommits: 0, killedWhileOpening: 0, checkpointing: 0 };
      let file = '';
      let acknowledged = new Set<string>();
      try {
        for (let kill = 0; kill < KILLS; kill++) {
          if (kill % KILLS_PER_WORKSPACE === 0) {
            file = join(temp(), 'crash.clusterdesk');
            createWorkspaceFile(file).close();
            acknowledged = new Set();
          }
          const order = {
            file,
            run: kill,
            checkpointPages: random.next() < 0.5 ? 1000 : random.pick([1, 4, 16]),
            kill:
              random.next() < OPENING_SHARE
                ? { after: 'go' as const, ms: random.int(0, MAX_MS_AFTER_GO) }
                : { after: 'open' as const, ms: random.int(0, MAX_MS_AFTER_OPEN) },
          };
          const context = `kill ${kill} (seed ${random.seed}, ${order.kill.ms} ms after ${order.kill.after}, wal_autocheckpoint ${order.checkpointPages})`;
          const ended = await pool.run(order);
          expect(ended.signal, `${context}: the writer was not killed but ended by itself: ${ended.stderr}`).toBe('SIGKILL');
          for (const tag of ended.acknowledged) acknowledged.add(tag);

          let findings;
          const db = openWorkspaceFile(file);
          try {
            findings = checkBatches(db, acknowledged);
          } finally {
            db.close();
          }
          expect(findings.problems, context).toEqual([]);

          const ours = [...findings.committed].filter((tag) => tag.startsWith(`r${kill}b`));
          stats.acknowledged += ended.acknowledged.length;
          stats.unacknowledgedCommits += ours.length - ended.acknowledged.length;
          if (!ended.opened) stats.killedWhileOpening += 1;
          if (order.checkpointPages < 1000) stats.checkpointing += 1;
        }
      } finally {
        pool.close();
      }
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `crash test: ${KILLS} kills in ${seconds.toFixed(1)} s (seed ${random.seed}): ${stats.acknowledged} acknowledged transactions all found whole; ` +
          `${stats.unacknowledgedCommits} committed but killed before acknowledging, also whole; ` +
          `${stats.killedWhileOpening} kills while the writer was opening the workspace; ${stats.checkpointing} runs checkpointing every few pages`,
      );
      // A kill that never lands inside a transaction would prove nothing.
      expect(stats.acknowledged).toBeGreaterThan(KILLS);
    },
    Math.max(60_000, KILLS * 600),
  );
});
