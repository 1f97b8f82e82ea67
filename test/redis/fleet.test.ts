/**
 * Several processes on one provider account, each with its own Redis connection and its own
 * `redisBudget` (as separate processes would have), against a loopback server in NumPool's shape that
 * logs every request's arrival: the limit holds at the server in any window, a 429 one process sees
 * pauses the others, two API keys are two budgets, no API key reaches Redis, and each request costs
 * about one round trip to Redis.
 */
import type { Redis } from "ioredis";
import { createClient, numpool } from "unisms";
import { redisBudget } from "unisms/redis";
import { createNumpoolFake, type NumpoolFake, serveOnLoopback } from "unisms/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { peak } from "../contract/budget-contract.js";
import { type RedisServer, redisBinary, skipNotice, startRedisServer } from "../support/redis-server.js";
import { connect, counted, type Loopback, loopback, sleep } from "./fleet-kit.js";

skipNotice("test/redis/fleet.test.ts");

const LIMIT = { limit: 10, intervalMs: 250 };
const KEYS = ["np_fleet_key_one_7f3a", "np_fleet_key_two_91c2"];

describe.skipIf(!redisBinary())("redisBudget across processes", () => {
  let server: RedisServer;
  let http: Loopback;
  const connections: Redis[] = [];

  /** One process: its own connection, budget source and provider object. */
  function joinFleet(apiKey: string) {
    const redis = connect(server.url);
    connections.push(redis);
    const { client, calls } = counted(redis);
    const provider = numpool({
      apiKey,
      baseUrl: http.baseUrl,
      rateLimit: LIMIT,
      retry: { retries: 0 },
      budget: redisBudget(client, { prefix: "fleet" }),
    });
    return { provider, calls };
  }

  beforeAll(async () => {
    server = await startRedisServer();
    http = await loopback();
  });

  afterAll(async () => {
    for (const connection of connections) connection.disconnect();
    await http?.close();
    await server?.stop();
  });

  it("keeps the limit at the server in any window, per API key, in about one round trip a request", async () => {
    const fleet = [joinFleet(KEYS[0]!), joinFleet(KEYS[0]!), joinFleet(KEYS[0]!)];
    const other = joinFleet(KEYS[1]!);
    // What Redis holds, looked at every 40 ms while the fleet runs (idle accounts' keys expire).
    const inspector = connect(server.url);
    connections.push(inspector);
    const seen = new Set<string>();
    let inspecting = true;
    const inspection = (async () => {
      while (inspecting) {
        for (const key of await inspector.keys("*")) {
          seen.add(key);
          const type = await inspector.type(key);
          const values =
            type === "zset" ? await inspector.zrange(key, 0, -1) : [String(await inspector.get(key))];
          for (const value of values) seen.add(value);
        }
        await sleep(40);
      }
    })();
    const started = performance.now();
    // Each process: two workers calling one after another, and a burst.
    const work = fleet.flatMap(({ provider }) => [
      (async () => {
        for (let i = 0; i < 5; i++) await provider.balance();
      })(),
      (async () => {
        for (let i = 0; i < 5; i++) await provider.balance();
      })(),
      Promise.all(Array.from({ length: 5 }, () => provider.balance())),
    ]);
    // The other key, at the same time: its own budget, not held by the first key's queue.
    const otherDone = Promise.all(Array.from({ length: 10 }, () => other.provider.balance()));
    await Promise.all([...work, otherDone]);
    const elapsed = performance.now() - started;
    inspecting = false;
    await inspection;

    const first = http.arrivals(KEYS[0]!);
    const second = http.arrivals(KEYS[1]!);
    expect(first).toHaveLength(45);
    expect(second).toHaveLength(10);
    expect(peak(first, LIMIT.intervalMs)).toBeLessThanOrEqual(LIMIT.limit);
    expect(peak(second, LIMIT.intervalMs)).toBeLessThanOrEqual(LIMIT.limit);
    // Ten fit in the second key's window: all went together, none held by the first key's queue.
    expect(Math.max(...second) - Math.min(...second)).toBeLessThan(LIMIT.intervalMs);
    // 45 requests at 10 a window: at least four more windows after the first, and not much more.
    expect(elapsed).toBeGreaterThanOrEqual(4 * LIMIT.intervalMs);
    expect(elapsed).toBeLessThan(8 * LIMIT.intervalMs);

    const calls = fleet.reduce((sum, p) => sum + p.calls(), 0);
    const perRequest = calls / first.length;
    console.log(
      `fleet: 45 requests from 3 processes in ${Math.round(elapsed)} ms, peak ${peak(first, LIMIT.intervalMs)} ` +
        `in any ${LIMIT.intervalMs} ms (limit ${LIMIT.limit}); ${calls} script calls, ${perRequest.toFixed(2)} a request; ` +
        `other key: ${other.calls()} calls for 10 requests`,
    );
    expect(perRequest).toBeLessThanOrEqual(1.5);

    // No API key in any Redis key or member; one account (a 32-hex hash) per API key.
    const keys = [...seen].filter((k) => k.startsWith("fleet:"));
    const accounts = new Set(
      keys.map((k) => /^fleet:budget:\{([0-9a-f]{32})\}:(?:flight|replied|pause)$/.exec(k)?.[1]),
    );
    expect(accounts.has(undefined)).toBe(false);
    expect(accounts.size).toBe(2);
    expect(seen.size).toBeGreaterThan(keys.length);
    const stored = JSON.stringify([...seen]);
    for (const key of KEYS) {
      expect(stored).not.toContain(key);
      expect(stored).not.toContain(key.slice(3, 15));
    }
  });

  it("pauses every process when one sees a 429's Retry-After", async () => {
    const apiKey = "np_fleet_pause_5d1e";
    const [a, b, c] = [joinFleet(apiKey), joinFleet(apiKey), joinFleet(apiKey)];
    const refused = http.refuseNext(1);
    const failed = a.provider.balance().catch((error: unknown) => error);
    const refusedAt = await refused;
    await sleep(30);
    await Promise.all([b.provider.balance(), c.provider.balance()]);
    expect(await failed).toMatchObject({ code: "rate_limited" });
    const arrivals = http.arrivals(apiKey);
    expect(arrivals).toHaveLength(2);
    // Retry-After: 1 (second), from the moment the 429 left the server.
    for (const at of arrivals) expect(at - refusedAt).toBeGreaterThanOrEqual(950);
    expect(Math.max(...arrivals) - refusedAt).toBeLessThan(1_300);
  });

  it("paces the watcher's looks (the poll scheduler reads its limit and delayMs)", async () => {
    const arrivals: number[] = [];
    let fake: NumpoolFake | undefined;
    const api = await serveOnLoopback({
      handlers: () => (fake?.handlers ?? []) as unknown as readonly unknown[],
      intercept: () => {
        arrivals.push(performance.now());
        return "pass";
      },
    });
    try {
      fake = createNumpoolFake({ baseUrl: `${api.origin}/api/v1`, balance: 1_000 });
      const redis = connect(server.url);
      connections.push(redis);
      const limit = { limit: 5, intervalMs: 250 };
      const client = createClient({
        provider: fake.provider({ rateLimit: limit, budget: redisBudget(redis, { prefix: "watch" }) }),
      });
      const orders = await Promise.all(
        Array.from({ length: 4 }, () => client.buy({ service: "whatsapp", country: "US" })),
      );
      setTimeout(() => {
        for (const [i, order] of orders.entries()) fake?.deliver(order.id, `Your WhatsApp code 48291${i}`);
      }, 400);
      const codes = await Promise.all(orders.map((order) => client.waitForCode(order, { intervalMs: 20 })));
      expect(codes.map((c) => c.code).sort()).toEqual(["482910", "482911", "482912", "482913"]);
      // Four watchers looking every 20 ms would send 200 a second: the budget held them to its limit.
      expect(arrivals.length).toBeGreaterThan(4 + 4);
      expect(peak(arrivals, limit.intervalMs)).toBeLessThanOrEqual(limit.limit);
    } finally {
      await api.close();
    }
  });
});
