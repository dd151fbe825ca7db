import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createWorkspaceFile, openWorkspaceFile } from '../../../db/store/open';
import { Workspace } from '../../../db/store/workspace';
import { seededRandom } from '../../support/seeded';
import { useTempDir } from '../../support/temp';
import { batchTag, writeBatch } from './batch';
import { checkBatches } from './verify';
import { damageWal, type WalLayout } from './wal-damage';

/** 240 in `npm test`; the nightly run sets CLUSTERDESK_WAL_TRIALS=5000. */
const TRIALS = Number(process.env.CLUSTERDESK_WAL_TRIALS ?? 240);
const COMMITS = 40;

const temp = useTempDir();

/**
 * A workspace whose last COMMITS transactions are all still in its -wal: the bytes of the main file
 * and of the -wal, copied while the connection holds them open, as a power loss would find them.
 */
function liveWal(dir: string) {
  const file = join(dir, 'live.clusterdesk');
  createWorkspaceFile(file).close();
  const ws = new Workspace(openWorkspaceFile(file), file);
  try {
    ws.db.pragma('wal_autocheckpoint = 0');
    const tags: string[] = [];
    const commitEnds: number[] = [];
    for (let seq = 0; seq < COMMITS; seq++) {
      tags.push(batchTag(0, seq));
      ws.write('crash.batch', () => writeBatch(ws, tags[seq]));
      commitEnds.push(statSync(`${file}-wal`).size);
    }
    const layout: WalLayout = { pageSize: ws.db.pragma('page_size', { simple: true }) as number, commitEnds };
    return { main: readFileSync(file), wal: readFileSync(`${file}-wal`), tags, layout };
  } finally {
    ws.close();
  }
}

describe('a power loss that damages the -wal', () => {
  test(`leaves a workspace that opens with exactly the transactions before the damage, over ${TRIALS} trials`, () => {
    const random = seededRandom('WAL power-loss test');
    const dir = temp();
    const live = liveWal(dir);
    // Each commit appends frames: the -wal only grows, so the layout is a strictly rising list.
    expect(live.layout.commitEnds.every((end, i) => i === 0 || end > live.layout.commitEnds[i - 1])).toBe(true);
    const started = performance.now();
    const survivorCounts: number[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const damage = damageWal(live.wal, live.layout, random);
      const trialDir = join(dir, `trial-${trial}`);
      mkdirSync(trialDir);
      const file = join(trialDir, 'lost-power.clusterdesk');
      writeFileSync(file, live.main);
      writeFileSync(`${file}-wal`, damage.wal);
      // The -shm index is never synced, so after a power loss it may hold anything; SQLite rebuilds it.
      const staleIndex = random.next() < 1 / 3;
      if (staleIndex) writeFileSync(`${file}-shm`, random.bytes(32_768));
      const context = `trial ${trial} (seed ${random.seed}): ${damage.what}${staleIndex ? ', with a -shm of garbage' : ''}`;

      const ws = new Workspace(openWorkspaceFile(file), file);
      try {
        const expected = live.tags.slice(0, damage.survivors);
        const findings = checkBatches(ws.db, expected);
        expect(findings.problems, context).toEqual([]);
        // Exactly the first n commits: a prefix, and the longest one the damage allows.
        expect([...findings.committed].sort(), context).toEqual([...expected].sort());
        // The recovered workspace takes new writes.
        ws.write('crash.batch', () => writeBatch(ws, batchTag(1, trial)));
      } finally {
        ws.close();
      }
      rmSync(trialDir, { recursive: true });
      survivorCounts.push(damage.survivors);
    }
    const seconds = (performance.now() - started) / 1000;
    const whole = survivorCounts.filter((n) => n === COMMITS).length;
    const none = survivorCounts.filter((n) => n === 0).length;
    console.log(
      `WAL power-loss test: ${TRIALS} trials in ${seconds.toFixed(1)} s (seed ${random.seed}); ${whole} kept all ${COMMITS} commits, ${none} kept none, the rest a prefix in between`,
    );
  }, Math.max(120_000, TRIALS * 500));
});
