/**
 * The shared rate budget, through `createClient(numpool({ rateLimit: { limit: 20, intervalMs: 1000 } }))`
 * against the loopback server. Send times come from the public `onRequest` hook, which fires once the
 * gate lets a request out.
 *
 * 1. 60 concurrent calls: three windows' worth, so the last can go out no sooner than 2 s after the
 *    first (the target).
 * 2. A burst across a window boundary (1 call, 900 ms pause, 39 calls): no interval may see more than the
 *    limit (the gate throttles strictly; a fixed window let 39 through within about 100 ms).
 */
import { createClient, numpool } from "../src/index.js";
import { fmt, type Result } from "./harness.js";
import { LEAN_API_KEY as API_KEY } from "./lean-server.js";

const CALLS = 60;
const LIMIT = { limit: 20, intervalMs: 1_000 };
/** The gate schedules with the whole-millisecond `Date.now()`; allow that much below the interval. */
const CLOCK_SLACK_MS = 10;
const BOUNDARY_PAUSE_MS = 900;

function limitedClient(baseUrl: string, sent: number[]) {
  return createClient({
    provider: numpool({
      apiKey: API_KEY,
      baseUrl,
      rateLimit: LIMIT,
      hooks: { onRequest: () => sent.push(performance.now()) },
    }),
  });
}

/** The most send times inside any window shorter than `windowMs`, and the span they cover. */
function densest(times: number[], windowMs: number): { count: number; spanMs: number } {
  const sorted = [...times].sort((a, b) => a - b);
  let best = { count: 0, spanMs: 0 };
  for (let lo = 0, hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi]! - sorted[lo]! >= windowMs) lo++;
    if (hi - lo + 1 > best.count) best = { count: hi - lo + 1, spanMs: sorted[hi]! - sorted[lo]! };
  }
  return best;
}

export async function benchRateLimit(baseUrl: string): Promise<Result[]> {
  const window = LIMIT.intervalMs - CLOCK_SLACK_MS;

  const sent: number[] = [];
  const client = limitedClient(baseUrl, sent);
  const t0 = performance.now();
  const finished = await Promise.all(
    Array.from({ length: CALLS }, () => client.balance().then(() => performance.now() - t0)),
  );
  const total = Math.max(...finished);
  const bySecond = [0, 1, 2, 3].map(
    (s) => finished.filter((t) => t >= s * 1000 && t < (s + 1) * 1000).length,
  );
  const peak = densest(sent, window);

  const burstSent: number[] = [];
  const burstClient = limitedClient(baseUrl, burstSent);
  await burstClient.balance();
  await new Promise((resolve) => setTimeout(resolve, BOUNDARY_PAUSE_MS));
  await Promise.all(Array.from({ length: 2 * LIMIT.limit - 1 }, () => burstClient.balance()));
  const burst = densest(burstSent, window);

  return [
    {
      name: `rate limit ${CALLS} calls at ${LIMIT.limit}/s`,
      value: total,
      unit: "ms",
      compare: ">=",
      target: 2 * LIMIT.intervalMs - CLOCK_SLACK_MS,
      detail: `replies per second from the start: ${bySecond.join(" / ")}; first ${fmt(Math.min(...finished))} ms, last ${fmt(total)} ms; at most ${peak.count} sent within ${fmt(peak.spanMs)} ms`,
    },
    {
      name: "rate limit burst across a window edge",
      value: burst.count,
      unit: "requests",
      compare: "<=",
      target: LIMIT.limit + 1,
      detail: `1 call, ${BOUNDARY_PAUSE_MS} ms pause, ${2 * LIMIT.limit - 1} calls: at most ${burst.count} within ${fmt(burst.spanMs)} ms (limit ${LIMIT.limit} per ${LIMIT.intervalMs} ms, sliding; +1 for whole-millisecond clock slack)`,
    },
  ];
}
