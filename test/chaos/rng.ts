/** A small seeded PRNG (the sandbox's mulberry32) and seed derivation, so a chaos run replays from its seed. */
import { createRandom } from "../../src/providers/sandbox/random.js";

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

export function createRng(seed: number): Rng {
  // The sandbox's own mulberry32, so the project has one PRNG.
  const random = createRandom(seed);
  return {
    next: random.next,
    int: random.int,
    pick: random.pick,
    chance: (p) => random.next() < p,
  };
}

/** A seed for one part of the run (a lane, a flow), independent of how far the other parts got. */
export function deriveSeed(seed: number, ...parts: Array<string | number>): number {
  // The derivation is described in docs/chaos.md ("Seeds"): integer arithmetic only, the same everywhere.
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (const ch of parts.join("/")) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
