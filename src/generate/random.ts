/**
 * A tiny seeded PRNG (sfc32). Math.random cannot be seeded, and the generator's
 * contract is "same flags, same bytes", so every random choice goes through here.
 */

/** A seeded source of random numbers. */
export interface Random {
  /** A float in [0, 1), with 32 bits of randomness. */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** An index into `weights`, chosen with probability proportional to its weight. */
  weighted(weights: readonly number[]): number;
}

// FNV-1a: turns a stream label into 32 bits so that each part of the generator
// (users, products, transactions, mess) draws from its own independent stream.
// Changing --transactions then leaves users.csv and products.csv byte-identical.
function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Creates a seeded random stream; the same seed and label always give the same sequence.
 *
 * @param seed an integer seed (0 … 2^32 − 1)
 * @param label names an independent stream derived from the same seed
 * @returns a {@link Random}
 * @example
 * const random = createRandom(42, 'users');
 * random.int(1, 6); // always the same die roll for seed 42
 */
export function createRandom(seed: number, label = ''): Random {
  let a = seed >>> 0;
  let b = hashLabel(label);
  let c = Math.floor(seed / 0x100000000) >>> 0;
  let d = 1;
  const next32 = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // sfc32's first outputs are poorly mixed for small seeds; burn them in.
  for (let i = 0; i < 15; i++) next32();

  const next = (): number => next32() / 0x100000000;
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let target = next() * total;
      for (let i = 0; i < weights.length; i++) {
        target -= weights[i];
        if (target < 0) return i;
      }
      return weights.length - 1;
    },
  };
}
