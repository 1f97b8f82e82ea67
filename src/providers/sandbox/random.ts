/**
 * A small seeded PRNG (mulberry32): the sandbox's only source of chance, so the same seed and the same
 * calls give the same numbers, ids, codes and delays on every run and every platform.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `count` decimal digits; leading zeros allowed, as real codes have them. */
  digits(count: number): string;
  /** A short lowercase id with `prefix`, e.g. `act_k3x9q2m1`. */
  id(prefix: string): string;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)]!,
    digits: (count) => Array.from({ length: count }, () => String(int(0, 9))).join(""),
    id: (prefix) =>
      `${prefix}_${Array.from({ length: 10 }, () => ALPHABET[int(0, ALPHABET.length - 1)]).join("")}`,
  };
}

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
