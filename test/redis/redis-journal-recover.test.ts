/**
 * `recover()` over a shared Redis journal, on the NumPool fake: a worker's recovery settles a dead
 * worker's orders, never a live worker's (nor its own in flight), and never takes a live worker's order
 * for a dead worker's purchase whose reply was lost.
 */
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/client/client.js";
import { type RedisJournal, redisJournal } from "../../src/redis/redis-journal.js";
import { useNumpoolFake } from "../providers/numpool/harness.js";
import { type RedisServer, redisBinary, skipNotice, startRedisServer } from "../support/redis-server.js";

skipNotice("the Redis journal's recovery test");

const h = useNumpoolFake();

describe.skipIf(!redisBinary())("recover() over a Redis journal", () => {
  let server: RedisServer;
  const open: Array<{ redis: Redis; journal: RedisJournal }> = [];
  const worker = () => {
    const redis = new Redis(server.url);
    const journal = redisJournal(redis, { name: "recover", leaseMs: 500 });
    open.push({ redis, journal });
    return { journal, client: createClient({ provider: h.fake.provider(), journal }) };
  };

  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterEach(async () => {
    for (const { redis, journal } of open.splice(0)) {
      await journal.stop();
      redis.disconnect();
    }
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("settles a dead worker's orders only, and never matches a lost purchase to a live worker's order", async () => {
    const dead = worker();
    const live = worker();
    const rescuer = worker();
    const deadOrder = await dead.client.buy({ service: "whatsapp" });
    // A purchase of the dead worker's whose reply was lost (its request never reached the provider)...
    await dead.journal.put({
      id: "lost",
      provider: "numpool",
      operation: "buy",
      stage: "intent",
      startedAt: new Date().toISOString(),
      request: { service: "whatsapp", country: null, channel: "sms", areaCode: null, idempotencyKey: null },
    });
    // ...and, just after, a live worker's purchase of the same kind: it fits the lost one's search.
    const liveOrder = await live.client.buy({ service: "whatsapp" });

    // While both live, nobody settles anything: not the other's orders, not its own.
    for (const w of [live, rescuer, dead]) {
      expect((await w.client.recover({ cancelOpen: true })).entries).toEqual([]);
    }

    await dead.journal.stop();
    const report = await rescuer.client.recover({ cancelOpen: true, landingWindowMs: 0 });
    expect(report.entries.map((e) => [e.entry.id === "lost" ? "lost" : e.order?.id, e.action])).toEqual([
      [deadOrder.id, "cancelled"],
      ["lost", "not-bought"],
    ]);
    const refunds = h.fake.wallet.ledger.filter((e) => e.kind === "refund").map((e) => e.ref);
    expect(refunds).toEqual([deadOrder.id]);
    expect((await live.client.poll(liveOrder)).status).toBe("waiting");
    // Settled and closed: nothing left for a later recovery.
    expect((await rescuer.client.recover({ cancelOpen: true })).entries).toEqual([]);
  });
});
