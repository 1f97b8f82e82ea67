/**
 * Redis goes away mid-run (the real server killed with SIGKILL) and comes back empty: no request hangs,
 * each process keeps to its local share of the limit meanwhile, and once Redis answers again the
 * processes are back on it, at the full limit.
 */

import { numpool } from "unisms";
import { redisBudget } from "unisms/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { peak } from "../contract/budget-contract.js";
import { type RedisServer, redisBinary, skipNotice, startRedisServer } from "../support/redis-server.js";
import { connect, counted, type Loopback, loopback, sleep } from "./fleet-kit.js";

skipNotice("test/redis/redis-down.test.ts");

const LIMIT = { limit: 8, intervalMs: 250 };
const API_KEY = "np_down_key_4c8b";
// A quarter of 8: two requests per window per process while Redis is away.
const SHARE = 2;

describe.skipIf(!redisBinary())("redisBudget when Redis goes away", () => {
  let server: RedisServer;
  let http: Loopback;
  const connections: ReturnType<typeof connect>[] = [];
  const warnings: Error[] = [];
  const onWarning = (warning: Error) => warnings.push(warning);

  beforeAll(async () => {
    server = await startRedisServer();
    http = await loopback();
    process.on("warning", onWarning);
  });

  afterAll(async () => {
    process.off("warning", onWarning);
    for (const connection of connections) connection.disconnect();
    await http?.close();
    await server?.stop();
  });

  it("goes on at the local share without hanging, and returns to Redis after a restart", async () => {
    const fleet = [0, 1].map(() => {
      const redis = connect(server.url);
      connections.push(redis);
      const { client, calls } = counted(redis);
      const provider = numpool({
        apiKey: API_KEY,
        baseUrl: http.baseUrl,
        rateLimit: LIMIT,
        retry: { retries: 0 },
        budget: redisBudget(client, { prefix: "down", timeoutMs: 100, localShare: 0.25, probeMs: 200 }),
      });
      return { provider, calls };
    });
    /** Every process calls one request after another until `done()`; each call's duration is kept. */
    const waits: number[] = [];
    const run = (until: number, done = () => false) =>
      Promise.all(
        fleet.map(async ({ provider }) => {
          while (performance.now() < until && !done()) {
            const started = performance.now();
            await provider.balance();
            waits.push(performance.now() - started);
          }
        }),
      );

    // Redis up: warm, at the full limit.
    await run(performance.now() + 300);
    const up = http.arrivals(API_KEY).length;

    await server.kill();
    const killedAt = performance.now();
    waits.length = 0;
    await run(killedAt + 700);
    const away = http.arrivals(API_KEY).filter((at) => at > killedAt);
    // Never a hang: the first call after the kill waits for the timeout (100 ms), the others for their
    // share's turn (one window and its margin at most).
    expect(Math.max(...waits)).toBeLessThan(100 + LIMIT.intervalMs + 50 + 100);
    // Both processes went on, each within its share: at most 2 x 2 in any window.
    expect(away.length).toBeGreaterThanOrEqual(2 * SHARE * 2);
    expect(peak(away, LIMIT.intervalMs)).toBeLessThanOrEqual(2 * SHARE);
    expect(warnings.map((w) => w.name)).toContain("UnismsBudgetWarning");
    expect(warnings.map((w) => w.message).join()).not.toContain(API_KEY);

    await server.restart();
    const restartedAt = performance.now();
    // Back on Redis within a probe or two: the account's keys appear in the new server.
    const inspector = connect(server.url);
    connections.push(inspector);
    const calls = () => fleet.reduce((sum, p) => sum + p.calls(), 0);
    let back = false;
    const watching = (async () => {
      while (!back && performance.now() - restartedAt < 3_000) {
        back = (await inspector.keys("down:budget:*")).length > 0;
        await sleep(25);
      }
    })();
    // Requests go on meanwhile, so both processes have something to report when they are back; the
    // second is back within a probe (200 ms) and a timeout of the first.
    await run(restartedAt + 3_000, () => back);
    await watching;
    expect(back).toBe(true);
    await run(performance.now() + 300);

    // At the full limit again: eight at once from one process go together, where the share lets two.
    await sleep(LIMIT.intervalMs + 50);
    const before = calls();
    const burstAt = performance.now();
    await Promise.all(Array.from({ length: LIMIT.limit }, () => fleet[0]!.provider.balance()));
    const burst = http.arrivals(API_KEY).filter((at) => at > burstAt);
    expect(burst).toHaveLength(LIMIT.limit);
    expect(Math.max(...burst) - burstAt).toBeLessThan(LIMIT.intervalMs);
    expect(calls()).toBeGreaterThan(before);

    const all = http.arrivals(API_KEY);
    console.log(
      `redis down: ${up} requests before the kill, ${away.length} in 700 ms without Redis (peak ` +
        `${peak(away, LIMIT.intervalMs)} a window), longest call ${Math.round(Math.max(...waits))} ms; ` +
        `peak over the whole run ${peak(all, LIMIT.intervalMs)} (limit ${LIMIT.limit})`,
    );
    // While the processes switch back one after the other, the first back does not know the other's
    // local-share requests yet: the fleet may exceed the limit by that share, no more.
    expect(peak(all, LIMIT.intervalMs)).toBeLessThanOrEqual(LIMIT.limit + SHARE);
  });
});
