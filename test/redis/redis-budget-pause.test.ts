/**
 * A 429's pause across processes, for reservations already made: a process that holds a slot sends it
 * without asking Redis again, so a pause another process stores meanwhile reaches it by pub/sub (the
 * script publishes it; each `redisBudget` source listens on one duplicate of its connection). Also: the
 * duplicate closes with the user's connection or `close()`, it survives Redis being killed and restarted
 * without a word, and a client without `duplicate()` keeps the older rule (later reservations only).
 */
import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import type { BudgetAccount } from "unisms";
import { type RedisScripting, redisBudget } from "unisms/redis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type RedisServer, redisBinary, skipNotice, startRedisServer } from "../support/redis-server.js";
import { connect, counted, sleep } from "./fleet-kit.js";

skipNotice("test/redis/redis-budget-pause.test.ts");

const account = (): BudgetAccount => ({
  provider: "numpool",
  account: randomBytes(16).toString("hex"),
  limit: { limit: 2, intervalMs: 1_000 },
});

describe.skipIf(!redisBinary())("redisBudget: a pause holds reservations already made", () => {
  let server: RedisServer;
  let inspector: Redis;
  const connections: Redis[] = [];
  /** One process's connection. */
  const process_ = () => {
    const connection = connect(server.url);
    connections.push(connection);
    return connection;
  };
  const subscribers = async (prefix: string) =>
    Number(((await inspector.pubsub("NUMSUB", `${prefix}:budget:pauses`)) as [string, number])[1]);
  const until = async (check: () => Promise<boolean>, ms = 3_000) => {
    const end = performance.now() + ms;
    while (!(await check()) && performance.now() < end) await sleep(20);
    return await check();
  };
  const tcpHandles = () => process.getActiveResourcesInfo().filter((r) => r === "TCPSocketWrap").length;

  beforeAll(async () => {
    server = await startRedisServer();
    inspector = process_();
  });

  afterAll(async () => {
    for (const connection of connections) connection.disconnect();
    await server?.stop();
  });

  /**
   * Limit 2/s: B spends the window, reserves a third slot about a second out, then A stores a 5 s pause.
   * Resolves with how long B's third request waited, from its acquire.
   */
  async function reservedThenPaused(ra: RedisScripting, rb: RedisScripting, prefix: string) {
    const target = account();
    const a = redisBudget(ra, { prefix }).budgetFor(target);
    const b = redisBudget(rb, { prefix }).budgetFor(target);
    (await b.acquire())();
    (await b.acquire())();
    await sleep(100); // the replies reach Redis
    const t0 = performance.now();
    const third = b.acquire();
    await sleep(200);
    a.pauseFor(5_000); // A meets a 429 with Retry-After: 5 s
    await sleep(200);
    expect(a.pausedForMs()).toBeGreaterThan(4_000);
    (await third)();
    return { waited: performance.now() - t0, b };
  }

  it("holds another process's reserved slot until the pause ends", async () => {
    const { waited, b } = await reservedThenPaused(process_(), process_(), "pause");
    // The pause ends about 5.2 s after t0 (the reservation was for about 1 s).
    expect(waited).toBeGreaterThan(5_000);
    expect(waited).toBeLessThan(5_600);
    expect(b.pausedForMs()).toBe(0);
  }, 15_000);

  it("without duplicate() on the client, keeps the older rule: the reservation already made goes", async () => {
    const { waited } = await reservedThenPaused(
      counted(process_()).client,
      counted(process_()).client,
      "bare",
    );
    expect(waited).toBeLessThan(2_000);
    expect(await subscribers("bare")).toBe(0);
  }, 15_000);

  it("closes its listening connection with the user's connection, or with close(), leaving no socket", async () => {
    const before = tcpHandles();
    const own = connect(server.url);
    const source = redisBudget(own, { prefix: "closing" });
    source.budgetFor(account());
    expect(await until(async () => (await subscribers("closing")) === 1)).toBe(true);
    await own.quit();
    expect(await until(async () => (await subscribers("closing")) === 0)).toBe(true);
    await sleep(50);
    expect(tcpHandles()).toBe(before);
    await source.close(); // nothing left to close: resolves at once

    const kept = process_();
    const other = redisBudget(kept, { prefix: "closing" });
    (await other.budgetFor(account()).acquire())();
    const withSubscriber = tcpHandles();
    expect(await until(async () => (await subscribers("closing")) === 1)).toBe(true);
    await other.close();
    expect(await subscribers("closing")).toBe(0);
    await sleep(50);
    expect(tcpHandles()).toBe(withSubscriber - 1);
    // The budget goes on without it (no longer hearing others' pauses), and opens no new one.
    (await other.budgetFor(account()).acquire())();
    await sleep(50);
    expect(await subscribers("closing")).toBe(0);
  });

  it("says nothing when Redis is killed and restarted, and hears pauses again after", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("warning", onWarning);
    process.on("unhandledRejection", onUnhandled);
    // ioredis prints an "error" event nobody listens to on console.error.
    const printed: string[] = [];
    const consoleError = vi.spyOn(console, "error").mockImplementation((...args) => {
      printed.push(args.map(String).join(" "));
    });
    try {
      const ra = process_();
      const rb = process_();
      redisBudget(ra, { prefix: "restart" }).budgetFor(account());
      redisBudget(rb, { prefix: "restart" }).budgetFor(account());
      expect(await until(async () => (await subscribers("restart")) === 2)).toBe(true);
      await server.kill();
      await sleep(500);
      await server.restart();
      // Both listening connections are back and subscribed again.
      expect(await until(async () => (await subscribers("restart")) === 2)).toBe(true);
      const { waited } = await reservedThenPaused(ra, rb, "restart");
      expect(waited).toBeGreaterThan(5_000);
    } finally {
      process.off("warning", onWarning);
      process.off("unhandledRejection", onUnhandled);
      consoleError.mockRestore();
    }
    expect(warnings).toEqual([]);
    expect(unhandled).toEqual([]);
    expect(printed).toEqual([]);
  }, 20_000);
});
