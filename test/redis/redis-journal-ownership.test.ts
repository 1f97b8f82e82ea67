/**
 * Per-entry ownership on a real Redis, with each worker on its own connection: a live worker's entries
 * are never another's to settle (nor its own, while in flight), a dead worker's are adopted once its
 * lease has run out and stayed missing for a whole lease, by exactly one of two workers racing for them,
 * and an adopted entry stays with its adopter. Death is a connection closed without a word: the lease is neither renewed nor given up.
 */
import { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import type { JournalEntry } from "../../src/client/journal/journal.js";
import { ValidationError } from "../../src/core/errors.js";
import { type RedisJournal, redisJournal } from "../../src/redis/redis-journal.js";
import { entry } from "../contract/journal-contract.js";
import { redisBinary, skipNotice } from "../support/redis-server.js";
import { useJournalFleet } from "./journal-fleet.js";

skipNotice("the Redis journal's ownership tests");

const LEASE_MS = 500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ids = (entries: JournalEntry[]) => entries.map((e) => e.id).sort();

describe.skipIf(!redisBinary())("redisJournal ownership", { concurrent: true }, () => {
  const kit = useJournalFleet();
  let made = 0;

  /** A journal name of the test's own (the tests run at once), and its workers. */
  const fleet = () => {
    const name = `w${++made}`;
    /** A worker on a connection of its own. */
    const worker = () => kit.worker({ prefix: "own", name, leaseMs: LEASE_MS });
    return { name, worker };
  };
  /** Dies: its connection closes, its lease is neither renewed nor given up. */
  const die = (w: { redis: Redis }) => w.redis.disconnect();
  /**
   * Lets a dead worker's lease run out and `seer`'s `pending()` see it missing, then stay missing for a
   * whole lease: the next `pending()` adopts its entries. (One seen missing just now may be a live
   * worker's, every lease gone at once after a Redis outage, about to be renewed.)
   */
  const lapse = async (seer: { journal: RedisJournal }) => {
    await sleep(LEASE_MS + 100);
    await seer.journal.pending();
    await sleep(LEASE_MS + 50);
  };

  it("never shows a live worker's entries: not to another worker, not to itself", async () => {
    const { name, worker } = fleet();
    const a = worker();
    const b = worker();
    await a.journal.put(entry("a1"));
    await a.journal.put(entry("a2", { stage: "held" }));
    await b.journal.put(entry("b1"));
    await sleep(LEASE_MS * 1.5);
    // Both alive (renewing): nothing to settle for either.
    expect(await a.journal.pending()).toEqual([]);
    expect(await b.journal.pending()).toEqual([]);
    // Each one's entries are still there, for a later recovery.
    expect(await kit.admin.hlen(`own:journal:{${name}}:entries`)).toBe(3);
  });

  it("adopts a dead worker's entries once its lease runs out, and keeps them", async () => {
    const { worker } = fleet();
    const a = worker();
    const b = worker();
    await a.journal.put(entry("a1"));
    await a.journal.put(entry("a2"));
    die(a);
    expect(await b.journal.pending()).toEqual([]);
    await sleep(LEASE_MS + 100);
    // Seen missing now, but not yet for a whole lease: not adopted yet.
    expect(await b.journal.pending()).toEqual([]);
    await sleep(LEASE_MS + 50);
    expect(ids(await b.journal.pending())).toEqual(["a1", "a2"]);
    // Adopted: B's to settle again on its next recovery; another live worker gets none of them.
    expect(ids(await b.journal.pending())).toEqual(["a1", "a2"]);
    const c = worker();
    expect(await c.journal.pending()).toEqual([]);
  });

  it("gives each dead entry to exactly one of two workers racing for it", async () => {
    const { worker } = fleet();
    const a = worker();
    const dead = Array.from({ length: 40 }, (_, i) => `a${i}`);
    for (const id of dead) await a.journal.put(entry(id));
    die(a);
    const b = worker();
    const c = worker();
    // Their leases exist before the race, so neither takes the other for dead.
    await b.journal.put(entry("b-own"));
    await c.journal.put(entry("c-own"));
    await lapse(b);
    const [fromB, fromC] = await Promise.all([b.journal.pending(), c.journal.pending()]);
    const all = [...ids(fromB), ...ids(fromC)];
    expect(all.sort()).toEqual([...dead].sort());
    expect(new Set(all).size).toBe(dead.length);
  });

  it("keeps an adopted entry with its adopter when it is put again, until the adopter dies", async () => {
    const { worker } = fleet();
    const a = worker();
    const b = worker();
    await a.journal.put(entry("x"));
    die(a);
    await lapse(b);
    const [adopted] = await b.journal.pending();
    // What recover() does with an order left open: put it back, held.
    await b.journal.put({ ...adopted!, stage: "held" });
    const c = worker();
    await c.journal.put(entry("c-own"));
    expect(await c.journal.pending()).toEqual([]);
    expect((await b.journal.pending()).map((e) => [e.id, e.stage])).toEqual([["x", "held"]]);
    die(b);
    await lapse(c);
    expect((await c.journal.pending()).map((e) => [e.id, e.stage])).toEqual([["x", "held"]]);
  });

  it("never gives an adopted entry back to a stalled first owner that writes it again", async () => {
    const { name, worker } = fleet();
    // A long lease: its renewal timer does not run during the test, so its lapse is ours to make.
    const a = kit.worker({ prefix: "own", name, leaseMs: 60_000 });
    const b = worker();
    await a.journal.put(entry("x"));
    // A stalls past its lease (the key is gone), and B adopts its entry.
    await kit.admin.del(`own:journal:{${name}}:lease:${a.journal.workerId}`);
    expect(ids(await b.journal.pending())).toEqual([]); // seen missing: adopted only a lease later
    await sleep(LEASE_MS + 50);
    expect(ids(await b.journal.pending())).toEqual(["x"]);
    // A comes back and writes the entry again (the cancel it was making): it stays B's to settle.
    await a.journal.put(entry("x", { stage: "cancelling" }));
    expect(await kit.admin.hget(`own:journal:{${name}}:owners`, "x")).toBe(b.journal.workerId);
    expect((await b.journal.pending()).map((e) => [e.id, e.stage])).toEqual([["x", "cancelling"]]);
    expect(await a.journal.pending()).toEqual([]);
  });

  it("hands what a stopped worker leaves over at once, and refuses its purchases after", async () => {
    const { worker } = fleet();
    const a = worker();
    const b = worker();
    await a.journal.put(entry("left"));
    await a.journal.stop();
    expect(ids(await b.journal.pending())).toEqual(["left"]);
    await expect(a.journal.put(entry("late"))).rejects.toThrow(/stopped/);
    await expect(a.journal.pending()).rejects.toThrow(/stopped/);
    // Closing still works: an order it saw end needs nothing more from anyone.
    await a.journal.close("left");
    expect(await b.journal.pending()).toEqual([]);
  });

  it("closes an entry whoever owns it, and leaves no key behind but live leases", async () => {
    const { name, worker } = fleet();
    const a = worker();
    const b = worker();
    await a.journal.put(entry("a1", { stage: "held" }));
    await b.journal.close("a1");
    await a.journal.put(entry("a2"));
    die(a);
    await lapse(b);
    await b.journal.pending();
    await b.journal.close("a2");
    const keys = (await kit.admin.keys(`own:journal:{${name}}:*`)).sort();
    expect(keys).toEqual([`own:journal:{${name}}:lease:${b.journal.workerId}`]);
  });

  it("lets nothing pending expire; only leases do", async () => {
    const { name, worker } = fleet();
    const a = worker();
    await a.journal.put(entry("a1"));
    const base = `own:journal:{${name}}`;
    expect(await kit.admin.pttl(`${base}:entries`)).toBe(-1);
    expect(await kit.admin.pttl(`${base}:owners`)).toBe(-1);
    const lease = await kit.admin.pttl(`${base}:lease:${a.journal.workerId}`);
    expect(lease).toBeGreaterThan(0);
    expect(lease).toBeLessThanOrEqual(LEASE_MS);
  });

  it("lists the orders every entry holds, live workers' included", async () => {
    const { worker } = fleet();
    const a = worker();
    const b = worker();
    const holding = { id: "order-9" } as JournalEntry["holding"];
    await a.journal.put(entry("a1", { stage: "held", holding }));
    await a.journal.put(entry("a2"));
    expect(await b.journal.heldIds()).toEqual(["order-9"]);
  });

  it("warns when a live worker finds its lease lapsed", async () => {
    const { name, worker } = fleet();
    const a = worker();
    await a.journal.put(entry("a1"));
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on("warning", onWarning);
    try {
      await kit.admin.del(`own:journal:{${name}}:lease:${a.journal.workerId}`);
      await a.journal.put(entry("a2"));
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.some((m) => /lease .* lapsed/.test(m))).toBe(true);
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("tells live leases from dead ones under an ioredis keyPrefix", async () => {
    const { name } = fleet();
    const prefixed = () => kit.worker({ prefix: "own", name, leaseMs: LEASE_MS }, { keyPrefix: "app:" });
    const a = prefixed();
    const b = prefixed();
    await a.journal.put(entry("a1"));
    expect(await b.journal.pending()).toEqual([]);
    expect(await kit.admin.exists(`app:own:journal:{${name}}:lease:${a.journal.workerId}`)).toBe(1);
    die(a);
    await lapse(b);
    expect(ids(await b.journal.pending())).toEqual(["a1"]);
  });

  it("keeps one recovery of a worker at a time", async () => {
    const { worker } = fleet();
    const a = worker();
    const release = await a.journal.claim();
    expect(await a.journal.claim()).toBeNull();
    // Another worker's recovery is not held up: the adoption keeps the two apart.
    const b = worker();
    const other = await b.journal.claim();
    expect(other).toBeTypeOf("function");
    await release!();
    await other!();
  });

  it("checks its options: a typo is a ValidationError naming the field", () => {
    const redis = new Redis(kit.server.url, { lazyConnect: true });
    try {
      const typo = (() => {
        try {
          redisJournal(redis, { leasMs: 1_000 } as never);
        } catch (error) {
          return error;
        }
      })() as ValidationError;
      expect(typo).toBeInstanceOf(ValidationError);
      expect(typo.field).toBe("leasMs");
      expect(typo.message).toContain('did you mean "leaseMs"');
      expect(() => redisJournal(redis, { name: "a{b}" })).toThrow(ValidationError);
      expect(() => redisJournal(redis, { leaseMs: 10 })).toThrow(/leaseMs/);
      expect(() => redisJournal({} as never)).toThrow(/ioredis client/);
    } finally {
      redis.disconnect();
    }
  });
});
