/**
 * Runs `work` with timers on a fake clock that moves 100 ms each time the real event loop comes round,
 * so the 2 s pause before a lost purchase is looked for a second time costs no real time while the
 * fakes' replies still arrive. `Date` stays real (reconciliation compares real creation times), and a
 * step is far below the 30 s per-attempt timeout, so no request is cut off by the fast clock.
 */
import { vi } from "vitest";

const STEP_MS = 100;

type Faked = NonNullable<Parameters<typeof vi.useFakeTimers>[0]>["toFake"];

/** The loop itself: which clocks are faked is the caller's; `turns` counts the steps taken. */
export async function runOnFastClock<T>(
  work: () => Promise<T>,
  toFake: Faked,
): Promise<{ value: T; turns: number }> {
  vi.useFakeTimers({ toFake });
  let turns = 0;
  try {
    let settled = false;
    const run = work().finally(() => {
      settled = true;
    });
    run.catch(() => undefined);
    while (!settled) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!settled) {
        turns += 1;
        await vi.advanceTimersByTimeAsync(STEP_MS);
      }
    }
    return { value: await run, turns };
  } finally {
    vi.useRealTimers();
  }
}

export async function onFastClock<T>(work: () => Promise<T>): Promise<T> {
  return (await runOnFastClock(work, ["setTimeout", "clearTimeout"])).value;
}
