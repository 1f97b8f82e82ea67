/** A hand-driven clock and a client over a sandbox that reads it. */
import { createClient } from "../../../src/client/client.js";
import { type SandboxOptions, sandbox } from "../../../src/providers/sandbox/index.js";

export const START = Date.parse("2026-03-01T12:00:00.000Z");
export const MINUTE = 60_000;
export const DAY = 86_400_000;

export function manualClock(start = START) {
  let t = start;
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
  };
}

export function setup(options: SandboxOptions = {}) {
  const clock = manualClock();
  const provider = sandbox({ seed: 1, now: clock.now, ...options });
  const client = createClient({ provider });
  return { clock, provider, client };
}
