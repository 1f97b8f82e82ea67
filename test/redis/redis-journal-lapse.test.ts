/**
 * Every lease gone at once, as after a Redis outage longer than the lease (a restart from its AOF, a
 * failover): the first worker back must not take the others for dead before their renewal timers have
 * had a chance to run. An owner's entries are adopted only once its lease has stayed missing for a whole
 * `leaseMs`; one that renews within that time keeps them.
 */
import type { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import type { JournalEntry } from "../../src/client/journal/journal.js";
import type { RedisJournal } from "../../src/redis/redis-journal.js";
import { entry } from "../contract/journal-contract.js";
import { redisBinary, skipNotice } from "../support/redis-server.js";
import { useJournalFleet } from "./journal-fleet.js";

skipNotice("the Redis journal's lapse tests");

const LEASE_MS = 300;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ids = (entries: JournalEntry[]) => entries.map((e) => e.id).sort();

describe.skipIf(!redisBinary())("redisJournal after every lease lapsed at once", () => {
  const kit = useJournalFleet();
  let made = 0;

  const fleet = () => {
    const name = `l${++made}`;
    const base = `lapse:journal:{${name}}`;
    const worker = () => kit.worker({ prefix: "lapse", name, leaseMs: LEASE_MS });
    /**
     * The outage, as the workers see it once Redis is back: every lease gone at the same moment, and
     * `first` back before the others, its `pending()` sent right behind the delete on its own connection
     * (no renewal of another worker's gets in between).
     */
    const outage = (
      first: { redis: Redis; journal: RedisJournal },
      ...others: Array<{ journal: RedisJournal }>
    ) => {
      const gone = first.redis.del(...[first, ...others].map((w) => `${base}:lease:${w.journal.workerId}`));
      return Promise.all([gone, first.journal.pending()]).then(([, pending]) => pending);
    };
    return { base, worker, outage };
  };

  it("leaves a live worker's entries alone when it renews within the lease", async () => {
    const { base, worker, outage } = fleet();
    const a = worker();
    const b = worker();
    await a.journal.put(entry("a1"));
    await b.journal.put(entry("b1"));
    // A is back first: its own write sets its lease, B's is still missing (its timer has not run).
    expect(await outage(a, b)).toEqual([]);
    // B's renewal timer (every LEASE_MS / 3) brings its lease back within the lease.
    await sleep(LEASE_MS + 100);
    expect(await kit.admin.exists(`${base}:lease:${b.journal.workerId}`)).toBe(1);
    expect(await a.journal.pending()).toEqual([]);
    // A second outage starts counting afresh: B's first one left no record behind.
    expect(await kit.admin.hexists(`${base}:missing`, b.journal.workerId)).toBe(0);
    expect(await outage(a, b)).toEqual([]);
    await sleep(LEASE_MS + 100);
    expect(await a.journal.pending()).toEqual([]);
    expect(await kit.admin.hlen(`${base}:entries`)).toBe(2);
  });

  it("adopts a worker's entries once its lease has stayed missing for a whole lease", async () => {
    const { base, worker, outage } = fleet();
    const a = worker();
    const b = worker();
    await a.journal.put(entry("a1"));
    await b.journal.put(entry("b1"));
    await b.journal.put(entry("b2"));
    // B does not come back: its connection is gone, its lease is never renewed.
    b.redis.disconnect();
    const seenAt = Date.now();
    expect(await outage(a, b)).toEqual([]);
    await sleep(LEASE_MS / 2);
    expect(await a.journal.pending()).toEqual([]);
    await sleep(Math.max(0, seenAt + LEASE_MS + 20 - Date.now()));
    expect(ids(await a.journal.pending())).toEqual(["b1", "b2"]);
    // Adopted: its record is gone with it, and A keeps the entries.
    expect(await kit.admin.exists(`${base}:missing`)).toBe(0);
    expect(ids(await a.journal.pending())).toEqual(["b1", "b2"]);
  });

  it("keeps no record of an owner with no entries left", async () => {
    const { base, worker, outage } = fleet();
    const a = worker();
    const b = worker();
    const c = worker();
    await b.journal.put(entry("b1"));
    await c.journal.put(entry("c1"));
    b.redis.disconnect();
    c.redis.disconnect();
    await outage(a, b, c);
    expect((await kit.admin.hkeys(`${base}:missing`)).sort()).toEqual(
      [b.journal.workerId, c.journal.workerId].sort(),
    );
    // Their orders ended before anyone adopted them (any worker may close an entry): no record is needed.
    await a.journal.close("b1");
    await a.journal.close("c1");
    // A worker stopping with nothing left needs none either.
    const d = worker();
    await d.journal.put(entry("d1"));
    await d.journal.close("d1");
    await d.journal.stop();
    await a.journal.pending();
    expect(await kit.admin.exists(`${base}:missing`)).toBe(0);
  });
});
