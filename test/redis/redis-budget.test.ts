/**
 * `redisBudget` on a real Redis: the budget contract every `RequestBudget` keeps (on real timers, see
 * test/contract/budget-contract.ts), its options, how adapters hand it their account, and what it
 * leaves in Redis.
 */
import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { type BudgetAccount, type BudgetSource, numpool, type RequestBudget, ValidationError } from "unisms";
import { type RedisScripting, redisBudget } from "unisms/redis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runBudgetContract } from "../contract/budget-contract.js";
import { type RedisServer, redisBinary, skipNotice, startRedisServer } from "../support/redis-server.js";
import { connect, counted, sleep } from "./fleet-kit.js";

skipNotice("test/redis/redis-budget.test.ts");

const account = (limit: BudgetAccount["limit"]): BudgetAccount => ({
  provider: "numpool",
  account: randomBytes(16).toString("hex"),
  limit,
});

describe.skipIf(!redisBinary())("redisBudget", () => {
  let server: RedisServer;
  let redis: Redis;
  let source: BudgetSource;
  const connections: Redis[] = [];
  /** Another process's connection. */
  const extra = () => {
    const connection = connect(server.url);
    connections.push(connection);
    return connection;
  };

  beforeAll(async () => {
    server = await startRedisServer();
    redis = connect(server.url);
    source = redisBudget(redis, { prefix: "contract" });
  });

  afterAll(async () => {
    for (const connection of [redis, ...connections]) connection?.disconnect();
    await server?.stop();
  });

  // Each test's budget is a fresh account: its keys are its own.
  runBudgetContract("redisBudget", (limit) => source.budgetFor(account(limit)), { realTime: true });

  it("says nothing when its owner closed the connection after the last request", async () => {
    const own = extra();
    const budget = redisBudget(own).budgetFor(account({ limit: 5, intervalMs: 200 }));
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on("warning", onWarning);
    try {
      const release = await budget.acquire();
      release(); // its reply moment is flushed by a timer, after the owner has quit
      await own.quit();
      await sleep(300);
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((w) => w.includes("redisBudget"))).toEqual([]);
  });

  describe("options", () => {
    it("refuses a misspelled or out-of-range option, naming it", () => {
      const error = (options: object) => {
        try {
          redisBudget(redis, options as never);
        } catch (e) {
          return e as ValidationError;
        }
        throw new Error("no error");
      };
      expect(error({ timeout: 100 })).toBeInstanceOf(ValidationError);
      expect(error({ timeout: 100 }).field).toBe("timeout");
      expect(error({ timeout: 100 }).message).toContain('did you mean "timeoutMs"');
      expect(error({ localShare: 0 }).field).toBe("localShare");
      expect(error({ localShare: 1.5 }).field).toBe("localShare");
      expect(error({ prefix: "has space" }).field).toBe("prefix");
      expect(error({ holdMs: 1.5 }).field).toBe("holdMs");
      expect(() => redisBudget({} as never)).toThrow(ValidationError);
      expect(() =>
        redisBudget(redis, { prefix: "a", localShare: 1, timeoutMs: 50, holdMs: 1_000 }),
      ).not.toThrow();
    });

    it("is accepted as an adapter's budget", () => {
      const provider = numpool({ apiKey: "np_key_1", budget: redisBudget(redis) });
      expect(provider.budget?.limit).toEqual({ limit: 60, intervalMs: 60_000 });
    });
  });

  describe("accounts", () => {
    it("gives one budget object to every adapter on the same account in a process", () => {
      const shared = redisBudget(redis);
      const a = numpool({ apiKey: "np_same", budget: shared });
      const b = numpool({ apiKey: "np_same", budget: shared });
      const c = numpool({ apiKey: "np_same", budget: shared, rateLimit: { limit: 5, intervalMs: 1_000 } });
      expect(a.budget).toBe(b.budget);
      expect(c.budget).not.toBe(a.budget);
    });
  });

  describe("in Redis", () => {
    beforeEach(async () => {
      await redis.flushdb();
    });

    it("keeps one account's keys under the prefix, with an expiry, and forgets them when idle", async () => {
      const budget = redisBudget(redis, { prefix: "idle" }).budgetFor({
        provider: "numpool",
        account: "a".repeat(32),
        limit: { limit: 3, intervalMs: 200 },
      });
      const releases = await Promise.all([budget.acquire(), budget.acquire()]);
      for (const release of releases) release();
      await sleep(60);
      // Only this test's keys: an earlier test's budget may still be flushing its reports meanwhile.
      const keys = (await redis.keys("idle:*")).sort();
      expect(keys).toEqual([`idle:budget:{${"a".repeat(32)}}:replied`]);
      const ttl = await redis.pttl(keys[0]!);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(200 + 20);
      await sleep(ttl + 50);
      expect(await redis.keys("idle:*")).toEqual([]);
    });

    it("sends the script again when Redis lost it (SCRIPT FLUSH), in the same acquire", async () => {
      const { client, calls } = counted(redis);
      const budget = redisBudget(client).budgetFor(account({ limit: 5, intervalMs: 200 }));
      (await budget.acquire())();
      await redis.script("FLUSH");
      const before = calls();
      (await budget.acquire())();
      // EVALSHA refused (NOSCRIPT), then EVAL: two calls, and the budget did not fall back.
      expect(calls() - before).toBe(2);
      expect(budget.delayMs()).toBe(0);
    });

    it("counts a request in flight beyond a window, and drops one whose process died after holdMs", async () => {
      const make = () =>
        redisBudget(redis, { holdMs: 400 }).budgetFor({
          provider: "numpool",
          account: "d".repeat(32),
          limit: { limit: 1, intervalMs: 100 },
        });
      // A "process" lets a request out and never reports its reply.
      await make().acquire();
      const other = make();
      const started = performance.now();
      await other.acquire();
      const waited = performance.now() - started;
      // Held as if the dead one's reply came 400 ms after it left, and one window (120 ms) more.
      expect(waited).toBeGreaterThanOrEqual(400 + 120 - 10);
      expect(waited).toBeLessThan(400 + 120 + 100);
    });

    it("gives back the slot Redis reserved for a waiter that then aborts", async () => {
      // Default holdMs (60 s): a reservation never given back would hold the account that long.
      const budget = redisBudget(redis).budgetFor(account({ limit: 1, intervalMs: 250 }));
      (await budget.acquire())();
      const controller = new AbortController();
      const aborted = budget.acquire(controller.signal);
      // Long enough for the script's reply: the waiter now holds a slot reserved one window ahead.
      await sleep(60);
      controller.abort(new Error("stop"));
      await expect(aborted).rejects.toThrow("stop");
      const started = performance.now();
      const release = await Promise.race([budget.acquire(), sleep(1_000).then(() => null)]);
      // Within the window that first reply opened, not holdMs later.
      expect(release, "the next acquire was still held after 1 s").toBeTypeOf("function");
      release?.();
      expect(performance.now() - started).toBeLessThan(250 + 150);
    });

    it("counts, once back on Redis, a request its local share let out while Redis did not answer", async () => {
      const target = {
        provider: "numpool" as const,
        account: "e".repeat(32),
        limit: { limit: 1, intervalMs: 250 },
      };
      // Process A's Redis fails while `broken`; `answered` counts its calls that succeeded after.
      let broken = true;
      let answered = 0;
      const own = extra();
      const flaky: RedisScripting = {
        evalsha: async (...args) => {
          if (broken) throw new Error("connection lost");
          const reply = await own.evalsha(...args);
          answered++;
          return reply;
        },
        eval: async (...args) => {
          if (broken) throw new Error("connection lost");
          const reply = await own.eval(...args);
          answered++;
          return reply;
        },
      };
      const warnings: Error[] = [];
      const onWarning = (w: Error) => warnings.push(w);
      process.on("warning", onWarning);
      try {
        const a = redisBudget(flaky, { localShare: 1, probeMs: 50 }).budgetFor(target);
        const held = await a.acquire(); // let out by the local share, its reply not in yet
        broken = false;
        for (let i = 0; i < 200 && answered === 0; i++) await sleep(5);
        expect(answered, "A never came back to Redis").toBeGreaterThan(0);
        // B, on Redis all along, at limit 1: A's request counts, so B waits about a window.
        const b = redisBudget(extra()).budgetFor(target);
        const started = performance.now();
        (await b.acquire())();
        expect(performance.now() - started).toBeGreaterThanOrEqual(100);
        held();
      } finally {
        process.off("warning", onWarning);
      }
      expect(warnings.map((w) => w.name)).toContain("UnismsBudgetWarning");
    });

    it("shares a pause between processes, and a shorter pause never shortens it", async () => {
      const target = { provider: "numpool" as const, account: "b".repeat(32), limit: null };
      const one = redisBudget(extra()).budgetFor(target);
      const two = redisBudget(extra()).budgetFor(target);
      one.pauseFor(300);
      await sleep(30);
      two.pauseFor(10);
      const started = performance.now();
      await two.acquire();
      expect(performance.now() - started).toBeGreaterThanOrEqual(230);
      expect(two.pausedForMs()).toBe(0);
    });

    it("takes announcements: a lower limit, never a higher one, and calls others spent", async () => {
      const budget: RequestBudget = redisBudget(redis).budgetFor({
        provider: "tempnumber",
        account: "c".repeat(32),
        limit: { limit: 4, intervalMs: 300 },
      });
      budget.announce({ limit: 10 });
      expect(budget.limit).toEqual({ limit: 4, intervalMs: 300 });
      budget.announce({ limit: 3 });
      expect(budget.limit).toEqual({ limit: 3, intervalMs: 300 });
      (await budget.acquire())();
      // One sent by us, the provider says none left: two went out elsewhere, and count for a window.
      budget.announce({ remaining: 0 });
      const started = performance.now();
      (await budget.acquire())();
      expect(performance.now() - started).toBeGreaterThanOrEqual(300);
    });
  });
});
