/**
 * The orders of a watch run and when each one's SMS shows (watch.ts, fleet.ts): seeded, so every client
 * compared at one N meets the same schedule and codes.
 */
import type { Order } from "../src/index.js";
import type { SeededOrder } from "./watch-server.js";

export interface Planned {
  order: Order;
  seeded: SeededOrder;
}

/** mulberry32: the same schedule for every client at one N. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function plan(n: number, seed: number, smsWindowMs: number | null): Planned[] {
  const random = prng(seed);
  const created = new Date().toISOString();
  const expires = new Date(Date.now() + 15 * 60_000).toISOString();
  return Array.from({ length: n }, (_, i) => {
    const line = String(i).padStart(4, "0");
    const id = `v${seed}-${i}`;
    const code = String(Math.floor(random() * 1_000_000)).padStart(6, "0");
    const offsetMs = smsWindowMs === null ? null : Math.floor(random() * smsWindowMs);
    return {
      order: {
        id,
        provider: "fetchsms",
        number: `+1332555${line}`,
        service: "whatsapp",
        country: "US",
        status: "waiting",
        code: null,
        messages: [],
        price: null,
        createdAt: created,
        expiresAt: expires,
      },
      seeded: { id, number: `(332) 555-${line}`, code, offsetMs },
    };
  });
}
