/**
 * `unisms/redis`: many processes on one provider account. `redisBudget` is one rate budget per account
 * across every process that shares a Redis; `redisJournal` is one order journal for all of them, so that
 * any worker's `recover()` settles the orders of a worker that died (its notes: redis-journal.ts).
 *
 * ```ts
 * import Redis from "ioredis";
 * import { createClient, numpool } from "unisms";
 * import { redisBudget, redisJournal } from "unisms/redis";
 *
 * const redis = new Redis(process.env.REDIS_URL);
 * const provider = numpool({ apiKey, budget: redisBudget(redis) });
 * const client = createClient({ provider, journal: redisJournal(redis) });
 * ```
 *
 * ioredis is an optional peer dependency of unisms: install it to use this module. `import "unisms"`
 * never loads it.
 *
 * How the budget works:
 * - **Scoped by a hash, never the key.** `redisBudget(redis)` is a `BudgetSource`: each adapter asks it
 *   for its account's budget with a hash of provider, base URL and API key, and the limit in force. All
 *   processes on one key meet on the same Redis keys; two keys get two budgets. No key, in Redis or in
 *   an error, holds the API key.
 * - **The same rule as the in-process budget**, for the whole fleet: a request counts from the moment it
 *   is let out, fully while in flight, and until one window (plus the same clock margin) after its reply.
 * - **One round trip per request.** Each acquire runs one Lua script (EVALSHA; EVAL when Redis lost it),
 *   atomically: it reserves the earliest slot that keeps the limit and says how long to wait; the process
 *   sleeps until then and sends without asking again. Acquires that arrive while a call is out share the
 *   next one. Only when no slot can be named yet (every one is held by a request whose reply has not come)
 *   does a waiter ask again: at the earliest moment one could free, or at once when a reply of its own
 *   process comes.
 * - **Replies ride along.** A reply's moment is reported with the process's next acquire, or after a
 *   short timer (the clock margin) when none comes; a request whose process died counts as if its reply
 *   came `holdMs` after it left. Keys expire when their account goes idle.
 * - **One clock.** Every moment is Redis's own (TIME, inside the script); processes speak in durations
 *   measured on their own monotonic clocks, so their clocks need not agree.
 * - **Pauses are shared.** A 429's `Retry-After` seen by one process (`pauseFor`) is stored in Redis,
 *   never shortening a longer one, and every later reservation waits for it. The script call that
 *   stores it also publishes it (channel `<prefix>:budget:pauses`), and each source listens there on one
 *   duplicate of its connection, so reservations other processes already hold wait for it too, with no
 *   round trip more per request. Still sent inside a pause: a reservation whose moment comes in the few
 *   milliseconds before the message arrives; every reservation of a process whose client has no
 *   `duplicate()` (it keeps the older rule: only later reservations wait); and, while Redis is away, the
 *   local share's requests of processes that did not see the 429. The duplicate closes when the
 *   connection does (`quit`, `disconnect`), or with the source's `close()`. `pausedForMs()` and
 *   `delayMs()` stay synchronous estimates from the last reply or message. An announced limit lowers
 *   the budget, never raising it past the one it was built with.
 * - **Redis away, never a hang.** Each call is bounded by `timeoutMs` (ioredis would queue it until it
 *   reconnects). Without an answer, the process keeps to a local share of the limit (`localShare`,
 *   default a quarter, at least one request per interval) with an in-process budget, tries Redis again
 *   once a second (`probeMs`), and once it answers reports what it sent meanwhile and goes back to it. While
 *   processes switch, the fleet may briefly exceed the limit by the others' shares.
 *
 * @module
 */
export type { RedisScripting, RedisSubscriber } from "./account-budget.js";
export { type RedisBudget, type RedisBudgetOptions, redisBudget } from "./redis-budget.js";
export {
  type RedisJournal,
  type RedisJournalClient,
  type RedisJournalOptions,
  redisJournal,
} from "./redis-journal.js";
