/**
 * Seeded pseudo-random numbers that are the same on every machine: xoshiro128** (Blackman and
 * Vigna, 2018), seeded through splitmix32, in 32-bit integer arithmetic only. Math.random is never
 * used, so a Monte Carlo run is reproduced exactly from its seed.
 */

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

/** splitmix32: spreads one 32-bit seed over the four words of xoshiro's state. */
function splitmix32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

/** The raw generator: unsigned 32-bit integers from a given state (not all zero). */
export function xoshiro128ss(state: readonly [number, number, number, number]): () => number {
  let [s0, s1, s2, s3] = state.map((s) => s | 0);
  return () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result >>> 0;
  };
}

/** Uniform numbers in [0, 1) from a 32-bit seed (an integer from 0 to 4,294,967,295). */
export function seededUniform(seed: number): () => number {
  const mix = splitmix32(seed);
  const next = xoshiro128ss([mix(), mix(), mix(), mix()]);
  return () => next() / 4294967296;
}
