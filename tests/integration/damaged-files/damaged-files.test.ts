import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { AppError, type AppErrorShape, type Result } from '../../../db/contract';
import type { Db } from '../../../db/store/driver';
import { keyForFile } from '../../../db/store/encryption/passphrase-key';
import { openWorkspaceFile } from '../../../db/store/open';
import { IN_PROCESS_SENDER, inProcessRouter } from '../../../electron/router/in-process';
import type { WorkspaceHost } from '../../../db/handlers/host';
import { seededRandom } from '../../support/seeded';
import { useTempDir } from '../../support/temp';
import { sha256 } from '../../support/workspace';
import { generators, type DamagedFile } from './generators';
import { makeOriginals } from './originals';
import { rowsDigest } from '../../support/rows-digest';

const temp = useTempDir();
const hosts: WorkspaceHost[] = [];
afterEach(() => {
  while (hosts.length) hosts.pop()!.close();
});

/** 1 in `npm test` (627 files); the nightly run sets CLUSTERDESK_DAMAGED_SCALE=20. */
const SCALE = Number(process.env.CLUSTERDESK_DAMAGED_SCALE ?? 1);

/** Every tenth file also goes through the router, as File > Open sends it. */
const ROUTER_SAMPLE = 10;

/** The way on that each refusal must offer. */
const WAY_ON: Record<string, RegExp> = {
  NOT_A_WORKSPACE: /Open another workspace file, or restore one from a backup\./,
  CORRUPT: /Open another workspace file, or restore one from a backup\./,
  NEWER_VERSION: /Update ClusterDesk to open it\./,
  LOCKED: /Enter its passphrase to open it, or open another workspace file\./,
  WRONG_KEY: /try again, or open another workspace file\./,
};

type Outcome = { refused: AppErrorShape } | { opened: Db };

function openDirectly(file: string, passphrase?: string): Outcome {
  try {
    return { opened: openWorkspaceFile(file, { key: passphrase === undefined ? undefined : keyForFile(file, passphrase).key }) };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { refused: err.toShape() };
  }
}

const snapshot = (dir: string, file: string, wal: boolean) => ({
  listing: readdirSync(dir).sort(),
  file: sha256(file),
  wal: wal ? sha256(`${file}-wal`) : null,
});

describe('a corpus of damaged files', () => {
  test('each is refused with the right code, a message that names it and a way on, and is left exactly as it was', async () => {
    const random = seededRandom('damaged-file corpus');
    const root = temp();
    const scratch = join(root, 'scratch');
    mkdirSync(scratch);
    const originals = makeOriginals(scratch);
    const started = performance.now();
    const tally = new Map<string, Map<string, number>>();
    let slowest = { ms: 0, what: '' };
    let n = 0;

    for (const generator of generators) {
      for (let i = 0; i < generator.count * SCALE; i++, n++) {
        const damaged: DamagedFile = { kind: generator.kind, ...generator.make(random, originals, scratch) };
        const dir = join(root, `file-${n}`);
        mkdirSync(dir);
        const file = join(dir, `${damaged.kind.replace(/\W+/g, '-')}.clusterdesk`);
        writeFileSync(file, damaged.bytes);
        if (damaged.wal) writeFileSync(`${file}-wal`, damaged.wal);
        const context = `file ${n}, ${damaged.kind}: ${damaged.what} (seed ${random.seed})`;
        const before = snapshot(dir, file, damaged.wal !== undefined);

        let viaRouter: Result<unknown> | undefined;
        if (n % ROUTER_SAMPLE === 0) {
          const { router, host } = inProcessRouter();
          hosts.push(host);
          viaRouter = await router.handle(IN_PROCESS_SENDER, 'workspace.open', { file, passphrase: damaged.passphrase });
          host.close();
        }

        const t = performance.now();
        const outcome = openDirectly(file, damaged.passphrase);
        const ms = performance.now() - t;
        if (ms > slowest.ms) slowest = { ms, what: context };

        let result: string;
        if ('refused' in outcome) {
          const { code, message } = outcome.refused;
          result = code;
          if ('refused' in damaged.expect) expect(code, context).toBe(damaged.expect.refused);
          else expect(code, context).toBe('CORRUPT');
          expect(message, context).toContain(`"${basename(file)}"`);
          expect(message, context).toMatch(WAY_ON[code] ?? /^$/);
          expect(snapshot(dir, file, damaged.wal !== undefined), `${context}: the refused file or its folder changed`).toEqual(before);
          if (viaRouter) expect(viaRouter, context).toEqual({ ok: false, error: outcome.refused });
        } else {
          const db = outcome.opened;
          try {
            expect(damaged.expect, `${context}: opened although it must be refused`).toMatchObject({ corruptOrSound: true });
            expect(db.pragma('integrity_check'), context).toEqual([{ integrity_check: 'ok' }]);
            const same = rowsDigest(db) === originals.digest;
            if ('sameRows' in damaged.expect && damaged.expect.sameRows) expect(same, `${context}: opened with rows that differ`).toBe(true);
            // Opened means usable: a file SQLite would only read must not count as opened.
            db.prepare("INSERT INTO meta (key, value) VALUES ('corpus', 'written after opening')").run();
            result = same ? 'opened, rows intact' : 'opened, rows changed';
          } finally {
            db.close();
          }
          if (viaRouter) expect(viaRouter.ok, context).toBe(true);
        }
        // Checked: removed, so that a large nightly corpus does not fill the disk.
        rmSync(dir, { recursive: true });
        const counts = tally.get(damaged.kind) ?? new Map<string, number>();
        counts.set(result, (counts.get(result) ?? 0) + 1);
        tally.set(damaged.kind, counts);
      }
    }

    const seconds = (performance.now() - started) / 1000;
    const lines = [...tally].map(([kind, counts]) => `  ${kind}: ${[...counts].map(([r, c]) => `${c} ${r}`).join(', ')}`);
    console.log(
      `damaged-file corpus: ${n} files in ${seconds.toFixed(1)} s (seed ${random.seed}); slowest open ${slowest.ms.toFixed(0)} ms (${slowest.what})\n${lines.join('\n')}`,
    );
    expect(n).toBeGreaterThanOrEqual(500);
  }, SCALE * 180_000);
});
