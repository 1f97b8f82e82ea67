/**
 * Runs `work` with timers on a fake clock that moves 100 ms each time the real event loop comes round,
 * so the 2 s pause before a lost purchase is looked for a second time costs no real time while the
 * fakes' replies still arrive. `Date` stays real (reconciliation compares real creation times), and a
 * step is far below the 30 s per-attempt timeout, so no request is cut off by the fast clock.
 */
import { vi } from "vitest";

const STEP_MS = 100;

export async function onFastClock<T>(work: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  try {
    let settled = false;
    const run = work().finally(() => {
      settled = true;
    });
    run.catch(() => undefined);
    while (!settled) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!settled) await vi.advanceTimersByTimeAsync(STEP_MS);
    }
    return await run;
  } finally {
    vi.useRealTimers();
  }
}
