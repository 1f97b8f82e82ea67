/**
 * The chaos run's fast clock: timers and `Date` are fake and move 100 ms each time the real event loop
 * comes round, so every wait the SDK and the fakes make (retry backoff, Retry-After pauses, the 2 s
 * second look of reconciliation, per-attempt timeouts, polling intervals, slow fake handlers) costs no
 * real time, and the fakes and the SDK read one consistent clock. A reply that needs no timer arrives
 * within one turn, so no request is cut off by the clock moving.
 */
import { runOnFastClock } from "../fakes/fast-clock.js";

export function onChaosClock<T>(work: () => Promise<T>): Promise<{ value: T; turns: number }> {
  return runOnFastClock(work, ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"]);
}

/** A wait on the fast clock. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
