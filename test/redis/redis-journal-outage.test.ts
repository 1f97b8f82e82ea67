/**
 * Redis going away under a client that journals to it: a purchase whose intent cannot be written is
 * refused before any request, with an error saying so, and nothing waits on Redis for longer than the
 * journal's `timeoutMs` (ioredis, left at its defaults, queues commands while it reconnects). Once Redis
 * is back, purchases go through again.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/client/client.js";
import { OrderStateError } from "../../src/core/errors.js";
import { type RedisJournal, redisJournal } from "../../src/redis/redis-journal.js";
import { useNumpoolFake } from "../providers/numpool/harness.js";
import { type RedisServer, redisBinary, skipNotice, startRedisServer } from "../support/redis-server.js";

skipNotice("the Redis journal's outage test");

const TIMEOUT_MS = 400;
const h = useNumpoolFake();

describe.skipIf(!redisBinary())("redisJournal with Redis out of reach", () => {
  let server: RedisServer;
  let redis: Redis;
  let journal: RedisJournal;

  beforeAll(async () => {
    server = await startRedisServer();
    // ioredis's defaults: it queues commands and retries for a long time; the journal must not wait on it.
    redis = new Redis(server.url);
    redis.on("error", () => undefined);
    journal = redisJournal(redis, { name: "outage", timeoutMs: TIMEOUT_MS, leaseMs: 1_000 });
  });
  afterAll(async () => {
    await journal?.stop();
    redis?.disconnect();
    await server?.stop();
  });

  it("refuses a purchase before any request, says why, and hangs on nothing", async () => {
    const client = createClient({ provider: h.provider, journal });
    await client.buy({ service: "whatsapp" });
    expect(h.fake.wallet.charges()).toBe(1);
    h.sent.length = 0;

    await server.kill();
    // Recovering and closing are bounded too: all three at once.
    const timed = async (work: Promise<unknown>) => {
      const at = performance.now();
      const outcome = await work.then(
        () => null,
        (e: unknown) => e,
      );
      return { outcome, took: performance.now() - at };
    };
    const [buy, recovery, closing] = await Promise.all([
      timed(client.buy({ service: "whatsapp" })),
      timed(client.recover()),
      timed(journal.close("anything")),
    ]);

    expect(buy.outcome).toBeInstanceOf(OrderStateError);
    const refused = buy.outcome as OrderStateError;
    expect(refused.message).toMatch(/^numpool: the buy was not sent, and nothing was charged/);
    expect(refused.message).toMatch(/Redis did not answer within 400 ms/);
    expect(refused.retryable).toBe(true);
    expect(refused.provider).toBe("numpool");
    expect(h.sent).toEqual([]);
    expect(h.fake.wallet.charges()).toBe(1);
    for (const { outcome, took } of [buy, recovery, closing]) {
      expect(String(outcome)).toMatch(/Redis did not answer/);
      expect(took).toBeLessThan(TIMEOUT_MS + 500);
    }

    await server.restart();
    await new Promise<void>((resolve) => {
      if (redis.status === "ready") resolve();
      else redis.once("ready", () => resolve());
    });
    const order = await client.buy({ service: "whatsapp" });
    expect(order.status).toBe("waiting");
    expect(h.fake.wallet.charges()).toBe(2);
    // The refused purchase's intent was withdrawn; only the new order is journalled.
    const entries = await redis.hvals("unisms:journal:{outage}:entries");
    expect(entries.map((body) => JSON.parse(body).holding?.id)).toEqual([order.id]);
  });
});
