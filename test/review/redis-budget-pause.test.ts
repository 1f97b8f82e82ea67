/**
 * Review: a 429's pause stored in Redis by one process does not hold a slot another process had already
 * reserved: that process lets its reservation out inside the pause (the provider answers it with another 429).
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { redisBudget } from "../../src/redis/redis-budget.js";
import { type RedisServer, redisBinary, startRedisServer } from "../support/redis-server.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let server: RedisServer;
const conns: Redis[] = [];

beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(async () => {
  for (const c of conns) c.disconnect();
  await server?.stop();
});

it.skipIf(!redisBinary())("a pause another process stored holds this process's reserved slot", async () => {
  const account = { provider: "numpool" as const, account: "f".repeat(32), limit: { limit: 2, intervalMs: 1_000 } };
  const ra = new Redis(server.url);
  const rb = new Redis(server.url);
  conns.push(ra, rb);
  const a = redisBudget(ra, { prefix: "rv" }).budgetFor(account);
  const b = redisBudget(rb, { prefix: "rv" }).budgetFor(account);

  // B spends the window: two requests, replied at once.
  (await b.acquire())();
  (await b.acquire())();
  await sleep(100); // the replies reach Redis
  const t0 = performance.now();
  // B's third request gets a reservation about one window out.
  const third = b.acquire();
  await sleep(200);
  // A meets a 429 with Retry-After: 5 s; its pause reaches Redis (urgent report).
  a.pauseFor(5_000);
  await sleep(200);
  expect(a.pausedForMs()).toBeGreaterThan(4_000);
  (await third)();
  const waited = performance.now() - t0;
  // The pause ends about 5.2 s after t0: the third request must not leave before.
  expect(waited).toBeGreaterThan(5_000);
}, 15_000);
