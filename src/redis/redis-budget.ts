/**
 * `redisBudget(redis)`: a budget source that gives each provider account (API key) one rate budget for
 * every process that shares a Redis. The design is in index.ts; the script in budget-script.ts; one
 * process's side in account-budget.ts.
 *
 * Here too: the source's one listening connection. A process that holds a reservation sends it without
 * asking Redis again, so a pause another process stores meanwhile reaches it by pub/sub: the script
 * publishes each pause that lengthens the stored one on `<prefix>:budget:pauses`, and the source,
 * subscribed there on a duplicate of the user's connection (opened at the first `budgetFor`), hands it
 * to its budgets of that account. The duplicate ends when the user's connection does (its `"end"`), or
 * with `close()`; its errors are ignored (ioredis reconnects and resubscribes it). Without `duplicate`
 * on the client, nothing listens: as before, the pause holds the later reservations only.
 */

import { type BudgetAccount, type BudgetSource, type RequestBudget, ValidationError, validate } from "unisms";
import * as z from "zod/mini";
import { schemaFor } from "../core/validation.js";
import {
  type AccountBudget,
  accountBudget,
  type RedisScripting,
  type RedisSubscriber,
} from "./account-budget.js";

/** Options of `redisBudget`. */
export interface RedisBudgetOptions {
  /**
   * Starts every key the budget writes (`<prefix>:budget:{<account>}:flight`, `:replied`, `:pause`) and
   * the channel its pauses go on (`<prefix>:budget:pauses`): printable ASCII without spaces, at most 64
   * characters. Default "unisms".
   */
  prefix?: string;
  /**
   * The share of the limit each process keeps to while Redis does not answer, above 0 and at most 1.
   * Default 0.25: a quarter of the limit (rounded down, at least one request per interval), which keeps
   * a fleet of up to four processes inside the limit. Set it to one over your number of processes.
   */
  localShare?: number;
  /**
   * How long one call to Redis may take, in ms, before the process goes over to its local share:
   * a positive integer, at most 60 000. Default 500.
   */
  timeoutMs?: number;
  /**
   * How long a request let out and never reported back (its process died) is taken to be in flight, in
   * ms (it then counts one window more): a positive integer. Default 60 000, twice the adapters' default
   * `timeoutMs`; keep it above yours, or a request slower than it stops counting until its reply.
   */
  holdMs?: number;
  /**
   * While Redis does not answer, how often to ask it again, in ms: a positive integer, at least 50.
   * Default 1 000.
   */
  probeMs?: number;
}

const optionsSchema = schemaFor<RedisBudgetOptions>()(
  z.strictObject({
    prefix: z.optional(
      z
        .string()
        .check(
          z.regex(/^[\x21-\x7e]{1,64}$/, "prefix must be 1 to 64 printable ASCII characters without spaces"),
        ),
    ),
    localShare: z.optional(z.number().check(z.gt(0), z.lte(1))),
    timeoutMs: z.optional(z.int().check(z.positive(), z.lte(60_000))),
    holdMs: z.optional(z.int().check(z.positive())),
    probeMs: z.optional(z.int().check(z.gte(50))),
  }),
);

/** What `redisBudget` returns: a `BudgetSource`, and a way to close the connection it listens on. */
export interface RedisBudget extends BudgetSource {
  /**
   * Closes the connection this source listens on for the pauses other processes store (a duplicate of
   * `redis`, opened at the first `budgetFor`); resolves once it is closed. Closing `redis` itself (`quit`,
   * `disconnect`) closes it too, so this is needed only when `redis` stays open, or for a client whose
   * `"end"` the source cannot see. The budgets go on working; a pause another process stores then holds
   * only the reservations made after it.
   */
  close(): Promise<void>;
}

/** Per user connection: the sources to tell when it ends (one `"end"` listener however many sources). */
const endWatchers = new WeakMap<object, Set<() => void>>();

function onEnd(redis: RedisScripting, stop: () => void): () => void {
  if (typeof redis.on !== "function") return () => {};
  let watchers = endWatchers.get(redis);
  if (!watchers) {
    const set = new Set<() => void>();
    watchers = set;
    endWatchers.set(redis, set);
    redis.on("end", () => {
      for (const watcher of [...set]) watcher();
    });
  }
  watchers.add(stop);
  return () => watchers.delete(stop);
}

/** Resolves once `connection` has ended (or at once for a client that does not say). */
function ended(connection: RedisSubscriber): Promise<void> {
  if (connection.status === undefined || connection.status === "end") return Promise.resolve();
  return new Promise((resolve) => {
    // A client that never says "end" does not hold close() up for long.
    const timer = setTimeout(resolve, 1_000);
    timer.unref?.();
    connection.on("end", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const noop = () => {};

/**
 * One rate budget per provider account, shared by every process that passes the same Redis: give it as
 * an adapter's `budget` (`numpool({ apiKey, budget: redisBudget(redis) })`). The options are checked
 * here: a misspelled or out-of-range one is a `ValidationError` naming it. See the module's notes for
 * how it keeps the limit, and what happens when Redis is away.
 *
 * A 429's pause that one process stores reaches the others at once, by pub/sub on a duplicate of `redis`
 * (one connection per source, opened at the first `budgetFor`), and holds even the requests they had
 * already reserved a slot for. Only a reservation whose moment falls in the few milliseconds before the
 * message arrives still goes. The duplicate closes when `redis` ends (`quit`, `disconnect`) or with
 * `close()`. A client without `duplicate()` gets no messages: a pause then holds the reservations made
 * after it, not those already made.
 *
 * @param redis An ioredis client (`new Redis(url)`, or a `Cluster`): the budget runs one script on it
 *   per request. The client stays yours to configure and to close.
 */
export function redisBudget(redis: RedisScripting, options: RedisBudgetOptions = {}): RedisBudget {
  if (
    typeof redis !== "object" ||
    redis === null ||
    typeof redis.evalsha !== "function" ||
    typeof redis.eval !== "function"
  ) {
    throw new ValidationError("redisBudget(): redis must be an ioredis client (evalsha and eval)", {
      field: "redis",
    });
  }
  const checked = validate(optionsSchema, options ?? {}, "redisBudget() options");
  const prefix = checked.prefix ?? "unisms";
  const budgets = new Map<string, RequestBudget>();
  /** The budgets of each account, by its hash: where a pause heard on the channel goes. */
  const byAccount = new Map<string, AccountBudget[]>();
  const channel = `${prefix}:budget:pauses`;
  let warned = false;
  let subscriber: RedisSubscriber | undefined;
  let openedAt = Number.NEGATIVE_INFINITY;
  let closed = false;
  let unwatch: (() => void) | undefined;

  function hear(from: string, message: string): void {
    if (from !== channel || typeof message !== "string") return;
    const space = message.lastIndexOf(" ");
    const ms = Number(message.slice(space + 1));
    if (space < 1 || !Number.isInteger(ms) || ms <= 0) return;
    for (const budget of byAccount.get(message.slice(0, space)) ?? []) budget.pauseHere(ms);
  }

  /** Opens the listening connection when there is none (and the user's connection is open). */
  function listen(): void {
    if (subscriber || closed || typeof redis.duplicate !== "function" || redis.status === "end") return;
    // A duplicate that ended by itself (its client gave up reconnecting) is replaced, once a second at most.
    const now = performance.now();
    if (now - openedAt < 1_000) return;
    openedAt = now;
    let connection: RedisSubscriber;
    try {
      connection = redis.duplicate();
    } catch {
      return;
    }
    if (typeof connection?.subscribe !== "function" || typeof connection.on !== "function") {
      (connection as Partial<RedisSubscriber> | undefined)?.disconnect?.();
      return;
    }
    subscriber = connection;
    unwatch ??= onEnd(redis, () => void stop());
    // Redis away: the connection reconnects by itself (and resubscribes); nothing to report.
    connection.on("error", noop);
    connection.on("message", hear);
    connection.on("end", () => {
      if (subscriber === connection) subscriber = undefined;
    });
    let asking = false;
    const subscribe = () => {
      if (asking) return;
      asking = true;
      connection.subscribe(channel).then(
        () => {
          asking = false;
        },
        () => {
          asking = false;
        },
      );
    };
    // Again at each (re)connection: ioredis resubscribes only to what it once had confirmed, and not at
    // all with `autoResubscribe: false`; subscribing twice is harmless.
    connection.on("ready", subscribe);
    subscribe();
  }

  function stop(): Promise<void> {
    const connection = subscriber;
    subscriber = undefined;
    if (!connection) return Promise.resolve();
    connection.disconnect();
    return ended(connection);
  }

  return {
    close() {
      closed = true;
      unwatch?.();
      return stop();
    },

    budgetFor(account: BudgetAccount): RequestBudget {
      const limit = account.limit;
      // Two provider objects on one key in one process share one queue, unless their limits differ.
      const cacheKey = `${account.account}/${limit ? `${limit.limit}/${limit.intervalMs}` : "-"}`;
      const budget = budgets.get(cacheKey);
      if (budget) return budget;
      // The braces make a Redis Cluster keep one account's keys on one node, as a script needs.
      const base = `${prefix}:budget:{${account.account}}`;
      const made = accountBudget({
        redis,
        channel,
        account: account.account,
        onAcquire: listen,
        keys: [`${base}:flight`, `${base}:replied`, `${base}:pause`],
        limit,
        localShare: checked.localShare ?? 0.25,
        timeoutMs: checked.timeoutMs ?? 500,
        holdMs: checked.holdMs ?? 60_000,
        probeMs: checked.probeMs ?? 1_000,
        onFallback(why) {
          // A connection its owner closed (shutting down) is not Redis going away.
          if (warned || redis.status === "end") return;
          warned = true;
          process.emitWarning(
            `unisms redisBudget (${account.provider}): Redis did not answer (${why}); each process keeps ` +
              "to its local share of the limit until it does",
            "UnismsBudgetWarning",
          );
        },
      });
      budgets.set(cacheKey, made);
      byAccount.set(account.account, [...(byAccount.get(account.account) ?? []), made]);
      listen();
      return made;
    },
  };
}
