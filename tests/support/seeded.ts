import { randomInt } from 'node:crypto';

export interface Random {
  readonly seed: number;
  /** A number in [0, 1). */
  next(): number;
  /** An integer from min to max, both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  bytes(n: number): Buffer;
}

/** mulberry32: small and fast, and plenty for choosing test cases (not for statistics). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Randomness for a test that explores many cases: seeded, so one run can be replayed exactly. The
 * seed is CLUSTERDESK_TEST_SEED when set, otherwise drawn afresh so that each CI run tries new
 * cases; it is printed with the name of the test either way.
 */
export function seededRandom(label: string): Random {
  const fromEnv = process.env.CLUSTERDESK_TEST_SEED;
  const seed = fromEnv ? Number(fromEnv) >>> 0 : randomInt(2 ** 32 - 1);
  console.log(`${label}: seed ${seed} (replay with CLUSTERDESK_TEST_SEED=${seed})`);
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    seed,
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)],
    bytes: (n) => {
      const out = Buffer.alloc(n);
      for (let i = 0; i < n; i++) out[i] = (next() * 256) | 0;
      return out;
    },
  };
}
