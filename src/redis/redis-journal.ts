/**
 * `redisJournal(redis, options?)`: the order journal in Redis, shared by every worker of a fleet, so that
 * when one dies any other settles what it left (`recover()`). A file journal belongs to one process; a
 * fleet has many alive at once, so ownership here is per entry, not per journal.
 *
 * **Ownership.** Each `redisJournal(...)` is one worker, with a random `workerId` and a lease: the key
 * `<prefix>:journal:{<name>}:lease:<workerId>`, set to expire after `leaseMs` by every write the worker
 * makes and renewed every `leaseMs / 3` by a timer that never keeps the process alive (`stop()` ends it).
 * Every entry names its owner: the worker that first put it. A put never changes an entry's owner, so an
 * entry a worker adopted stays its own when `recover()` puts it back (an order left open, say).
 *
 * **Takeover.** `pending()` returns only what this worker may settle: the entries it adopted earlier, and
 * the entries whose owner's lease has been gone for a whole `leaseMs`, which it adopts there and then.
 * Both happen in one Lua script, so of two workers recovering at once each dead entry goes to exactly one.
 * A lease found missing is only recorded (by Redis's clock, in `...:missing`): after a Redis outage
 * longer than the lease every lease is gone at once, and the first worker back must not adopt the live
 * ones' entries before their renewal timers run; a worker that renews within the lease keeps them. It never returns an entry
 * whose owner is alive: not another worker's, and not this worker's own purchases in flight (a worker's
 * periodic `recover()` never cancels the order it is waiting on). `claim()` keeps two `recover()` calls
 * of one worker apart (they would see the same adopted entries); between workers the adoption script is
 * the claim, so it never answers null on another worker's account.
 *
 * **What a worker does.** Call `client.recover({ cancelOpen: true })` periodically, about once a lease
 * (and once at start): a dead worker's orders are then refunded between about two and four leases of
 * its death (its lease runs out within one, is seen missing at the next recovery, and must stay missing
 * for one more, until the recovery after). Call `stop()` on shutdown, once its purchases are settled: it
 * gives the lease up, and anything left is adopted at the next recovery elsewhere. Every worker sharing a journal `name` should hold the same providers: an entry of a
 * provider the adopting client lacks is reported `skipped` and stays with that worker while it lives.
 * A worker whose lease lapses while it lives (Redis out of reach, or the process stalled, for longer than
 * `leaseMs`) gets a process warning: its entries may have been adopted, and another worker may act on
 * its orders. Choose `leaseMs` well above the stalls you expect.
 *
 * **Lost purchases.** `recover()` asks `heldIds()` for the orders every entry holds, live workers'
 * included, and never takes one of them for a dead worker's purchase whose reply was lost. A live
 * worker's purchase whose reply is still on its way is held by no entry yet: in that window (one
 * request long), the provider's record may show it as the lost purchase's only fit.
 *
 * **Durability.** `put` resolves once Redis has acknowledged the write; it is then as durable as the
 * server is configured to be: `appendonly yes` with `appendfsync always` survives the server's crash.
 * Replication is asynchronous: a failover may lose the last writes (this journal issues no `WAIT`).
 * A put Redis does not acknowledge within
 * `timeoutMs` rejects, and the client then refuses the purchase before any request leaves. Every call is
 * bounded by `timeoutMs`: ioredis queues commands while it reconnects, and nothing here waits on that
 * forever. A purchase's intent that timed out is withdrawn (a delete queued behind it), so it cannot land
 * later as a purchase that was never made.
 *
 * **Keys** (all under one hash tag, `{<name>}`): `...:entries` (hash: id to the entry's JSON), `...:owners`
 * (hash: id to worker), `...:adopted` (set of adopted ids), `...:lease:<workerId>` (expires),
 * `...:missing` (hash: worker to when its lease was first seen missing, while it owns entries). Nothing
 * pending expires; a closed entry is deleted. Entries hold no secret (the provider is named, its key is
 * not). One Redis server (with replicas or Sentinel, if you like); Redis Cluster is not supported, since
 * the adoption script reads leases it cannot name in advance.
 */
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Journal, JournalEntry } from "unisms";
import { ValidationError, validate } from "unisms";
import * as z from "zod/mini";
import { WorkerLease } from "./journal-lease.js";
import { ADOPT, bounded, CLOSE, PUT } from "./journal-scripts.js";

/**
 * What the journal needs of a Redis client, as an ioredis client has it (`new Redis(url)`): scripts,
 * one read, and its `keyPrefix` option if it has one. The published types do not name ioredis.
 */
export interface RedisJournalClient {
  /** Runs a script (Redis caches it by its hash). */
  eval(script: string, numkeys: number, ...args: (string | number)[]): Promise<unknown>;
  /** Every value of a hash. */
  hvals(key: string): Promise<string[]>;
  /** ioredis's options: its `keyPrefix` goes in front of every key a command names. */
  readonly options?: {
    /** Put in front of every key a command names (not of names a script builds: the journal adds it). */
    readonly keyPrefix?: string | undefined;
  };
}

/** Options of `redisJournal`. */
export interface RedisJournalOptions {
  /** The first part of every key (default `"unisms"`): letters, digits and `_ . : -`. */
  prefix?: string;
  /** The journal's name (default `"default"`): workers with the same name share its entries. */
  name?: string;
  /**
   * How long a worker's lease lasts without renewal, in ms (default 15 000; at least 100). Renewed every
   * third of it. A dead worker's entries are adopted once its lease has run out and then been seen
   * missing for this long again: about two of it after its last renewal, plus the recovery interval.
   */
  leaseMs?: number;
  /** How long any Redis call may take before it fails, in ms (default 2 000). */
  timeoutMs?: number;
}

// A key part: no braces (the hash tag is the name's), no spaces.
const keyPart = z.string().check(z.regex(/^[\w.:-]{1,100}$/, "use 1 to 100 letters, digits or _ . : -"));

const optionsSchema = z.strictObject({
  prefix: z.optional(keyPart),
  name: z.optional(keyPart),
  leaseMs: z.optional(z.int().check(z.gte(100, "leaseMs must be at least 100"))),
  timeoutMs: z.optional(z.int().check(z.positive("timeoutMs must be positive"))),
});

/** A Redis journal: the `Journal` contract, plus this worker's id and the end of its lease. */
export interface RedisJournal extends Journal {
  /** This worker's id: the owner its entries name, and the end of its lease key. */
  readonly workerId: string;
  /**
   * The provider ids of the orders and rentals every entry holds, whichever worker owns it: `recover()`
   * never takes one of them for a purchase whose reply was lost.
   */
  heldIds(): Promise<string[]>;
  /**
   * Stops renewing the lease and gives it up: what this worker still holds is adopted by the next
   * `recover()` elsewhere. Afterwards `put`, `pending` and `claim` reject; `close` still works. Idempotent.
   */
  stop(): Promise<void>;
}

/**
 * The order journal in Redis, shared by a fleet of workers: each entry is owned by the worker that wrote
 * it while that worker's lease lives, and adopted by another worker's `recover()` once it runs out. See
 * the module's documentation for the design, and what each worker must do (`recover()` about once a
 * lease, `stop()` on shutdown).
 */
export function redisJournal(redis: RedisJournalClient, options: RedisJournalOptions = {}): RedisJournal {
  if (!isRedis(redis)) {
    throw new ValidationError("redisJournal: redis must be an ioredis client (new Redis(url))", {
      field: "redis",
    });
  }
  const opts = validate(optionsSchema, options, "redisJournal");
  const name = opts.name ?? "default";
  const leaseMs = opts.leaseMs ?? 15_000;
  const timeoutMs = opts.timeoutMs ?? 2_000;
  const base = `${opts.prefix ?? "unisms"}:journal:{${name}}`;
  const entries = `${base}:entries`;
  const owners = `${base}:owners`;
  const adopted = `${base}:adopted`;
  const missing = `${base}:missing`;
  const leasePrefix = `${base}:lease:`;
  // ioredis prefixes the keys a script is given (its `keyPrefix` option), not the names it builds: the
  // adoption script builds owners' lease keys, so it is told the prefix, or every lease would look gone.
  const leaseNames = `${redis.options?.keyPrefix ?? ""}${leasePrefix}`;
  const workerId = randomUUID();
  const lease = new WorkerLease(
    redis,
    `${leasePrefix}${workerId}`,
    missing,
    owners,
    workerId,
    `${hostname()} pid ${process.pid}`,
    leaseMs,
    timeoutMs,
    () =>
      process.emitWarning(
        `unisms: this worker's lease on the Redis journal "${name}" lapsed (Redis out of reach, or the process stalled, for over ${leaseMs} ms): another worker may have adopted its orders`,
        "UnismsJournalWarning",
      ),
  );
  let recovering = false;

  const usable = (what: string) => {
    if (!lease.active) throw new Error(`the Redis journal "${name}" was stopped: it cannot ${what}`);
  };
  const closeEntry = (id: string) =>
    CLOSE.run(redis, [entries, owners, adopted], [id], timeoutMs, `close entry ${id}`);

  return {
    workerId,

    async put(entry: JournalEntry) {
      usable("record a purchase");
      lease.keep();
      try {
        const had = await PUT.run(
          redis,
          [entries, owners, lease.key, missing],
          [entry.id, JSON.stringify(entry), workerId, leaseMs, lease.value],
          timeoutMs,
          `record entry ${entry.id}`,
        );
        lease.seen(had === 1);
      } catch (error) {
        // The client refuses the purchase: a write still queued in ioredis must not land later as one
        // that was made. The delete is queued behind it, on the same connection.
        if (entry.stage === "intent") closeEntry(entry.id).catch(() => undefined);
        throw error;
      }
    },

    async close(id: string) {
      await closeEntry(id);
    },

    async pending() {
      usable("adopt entries");
      lease.keep();
      const reply = (await ADOPT.run(
        redis,
        [entries, owners, adopted, lease.key, missing],
        [workerId, leaseMs, lease.value, leaseNames],
        timeoutMs,
        "read its pending entries",
      )) as unknown[];
      lease.seen(reply[0] === 1);
      const found: JournalEntry[] = [];
      for (let i = 1; i + 1 < reply.length; i += 2) {
        const entry = parse(String(reply[i + 1]));
        if (entry) found.push(entry);
      }
      // The file journal's order: oldest first.
      return found.sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id));
    },

    async claim() {
      usable("be recovered");
      if (recovering) return null;
      recovering = true;
      return async () => {
        recovering = false;
      };
    },

    async heldIds() {
      const bodies = await bounded(redis.hvals(entries), timeoutMs, "read the orders it holds");
      return bodies.flatMap((body) => {
        const id = parse(body)?.holding?.id;
        return id ? [id] : [];
      });
    },

    stop: () => lease.stop(),
  };
}

function parse(body: string): JournalEntry | null {
  try {
    const entry = JSON.parse(body) as JournalEntry;
    return entry && typeof entry === "object" && typeof entry.id === "string" ? entry : null;
  } catch {
    return null;
  }
}

function isRedis(value: unknown): value is RedisJournalClient {
  const candidate = value as Partial<Record<"eval" | "hvals", unknown>> | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    ["eval", "hvals"].every((method) => typeof candidate[method as keyof typeof candidate] === "function")
  );
}
