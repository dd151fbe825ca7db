import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AppError } from '../../../db/contract';
import { createWorkspaceFile, openWorkspaceFile } from '../../../db/store/open';
import { bundleForNode } from '../../support/build-worker';
import { seededRandom, type Random } from '../../support/seeded';
import { useTempDir } from '../../support/temp';
import { checkBatches, type Findings } from './verify';
import { WriterPool, type RunOrder } from './writer-pool';

/** 1,000 in `npm test`; the nightly run sets CLUSTERDESK_CRASH_KILLS=20000. */
const KILLS = Number(process.env.CLUSTERDESK_CRASH_KILLS ?? 1000);
// A workspace takes this many kills, growing all the while, before the next one starts; bounded so
// that each reopen's integrity_check stays quick.
const KILLS_PER_WORKSPACE = 100;
// Writers loading ahead of the one that runs: with two cores, two keep both busy.
const WARM_WRITERS = 2;

/**
 * Where the kills are aimed: a fifth at the opening (inspection, WAL recovery, pragmas), a fifth at
 * the first transaction, the rest among later ones. Each is timed from an event the writer reports,
 * not from the spawn, so that a slow or busy machine still puts the kills where they are meant to be.
 */
function aim(random: Random): RunOrder['kill'] {
  const roll = random.next();
  if (roll < 0.2) return { after: 'go', ms: random.int(0, 25) };
  if (roll < 0.4) return { after: 'open', ms: random.int(0, 10) };
  return { after: random.int(1, 8), ms: random.int(0, 5) };
}

/** Reopens the workspace the way the app does, then checks it; a refusal fails with the kill's context. */
function reopenAndCheck(file: string, acknowledged: Set<string>, context: string): Findings {
  let db;
  try {
    db = openWorkspaceFile(file);
  } catch (err) {
    throw new Error(`${context}: the workspace did not reopen: ${(err as Error).message} ${JSON.stringify((err as AppError).details ?? {})}`, {
      cause: err,
    });
  }
  try {
    return checkBatches(db, acknowledged);
  } finally {
    db.close();
  }
}

const temp = useTempDir();
let bundle = '';
beforeAll(async () => {
  // Minified CommonJS: each of the thousand writers starts a few tens of milliseconds sooner.
  bundle = await bundleForNode('tests/integration/crash/writer.ts', 'crash-writer', { format: 'cjs', minify: true });
});
afterAll(() => rmSync(bundle, { force: true }));

describe('a writer killed with SIGKILL at random moments', () => {
  test(
    `loses no acknowledged transaction and leaves none half written, over ${KILLS} kills`,
    async () => {
      const random = seededRandom('crash test');
      const pool = new WriterPool(bundle, WARM_WRITERS);
      const started = performance.now();
      const stats = { acknowledged: 0, unacknowledgedCommits: 0, runsWithCommits: 0, killedWhileOpening: 0, checkpointing: 0 };
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
            kill: aim(random),
          };
          const after = typeof order.kill.after === 'number' ? `acknowledgement ${order.kill.after}` : order.kill.after;
          const context = `kill ${kill} (seed ${random.seed}, ${order.kill.ms} ms after ${after}, wal_autocheckpoint ${order.checkpointPages})`;
          const ended = await pool.run(order);
          expect(ended.signal, `${context}: the writer was not killed but ended by itself: ${ended.stderr}`).toBe('SIGKILL');
          for (const tag of ended.acknowledged) acknowledged.add(tag);

          const findings = reopenAndCheck(file, acknowledged, context);
          expect(findings.problems, context).toEqual([]);

          const ours = [...findings.committed].filter((tag) => tag.startsWith(`r${kill}b`));
          stats.acknowledged += ended.acknowledged.length;
          stats.unacknowledgedCommits += ours.length - ended.acknowledged.length;
          if (ours.length > 0) stats.runsWithCommits += 1;
          if (!ended.opened) stats.killedWhileOpening += 1;
          if (order.checkpointPages < 1000) stats.checkpointing += 1;
        }
      } finally {
        pool.close();
      }
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `crash test: ${KILLS} kills in ${seconds.toFixed(1)} s (seed ${random.seed}): ${stats.acknowledged} acknowledged transactions all found whole, ` +
          `from ${stats.runsWithCommits} runs that committed; ` +
          `${stats.unacknowledgedCommits} committed but killed before acknowledging, also whole; ` +
          `${stats.killedWhileOpening} kills while the writer was opening the workspace; ${stats.checkpointing} runs checkpointing every few pages`,
      );
      // Kills that never land among the writes would prove nothing.
      expect(stats.runsWithCommits).toBeGreaterThan(KILLS / 2);
    },
    Math.max(120_000, KILLS * 1000),
  );
});
