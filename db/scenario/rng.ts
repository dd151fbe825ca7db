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

/**
 * The generator from a state (not all zero). fill() writes the next outputs, each an unsigned
 * 32-bit integer times `scale`, in one loop over local copies of the state: a Monte Carlo draw
 * takes all its numbers in one call instead of one call per number.
 */
export function xoshiro128ss(state: readonly [number, number, number, number]): { fill(out: Float64Array, scale: number): void } {
  let [s0, s1, s2, s3] = state.map((s) => s | 0);
  return {
    fill(out, scale) {
      let [a, b, c, d] = [s0, s1, s2, s3];
      for (let i = 0; i < out.length; i++) {
        const result = Math.imul(rotl(Math.imul(b, 5), 7), 9);
        const t = b << 9;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = rotl(d, 11);
        out[i] = (result >>> 0) * scale;
      }
      [s0, s1, s2, s3] = [a, b, c, d];
    },
  };
}

export interface Uniform {
  /** The next number in [0, 1). */
  next(): number;
  /** The next out.length numbers, in order: the same as calling next() that many times. */
  fill(out: Float64Array): void;
}

/** 2^-32: multiplying by a power of two is exact, so this is the same as dividing by 2^32. */
const UNIT = 1 / 4294967296;

/** Uniform numbers in [0, 1) from a 32-bit seed (an integer from 0 to 4,294,967,295). */
export function seededUniform(seed: number): Uniform {
  const mix = splitmix32(seed);
  const generator = xoshiro128ss([mix(), mix(), mix(), mix()]);
  const one = new Float64Array(1);
  return {
    next: () => (generator.fill(one, UNIT), one[0]),
    fill: (out) => generator.fill(out, UNIT),
  };
}
