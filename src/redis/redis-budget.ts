/**
 * `redisBudget(redis)`: a budget source that gives each provider account (API key) one rate budget for
 * every process that shares a Redis. The design is in index.ts; the script in budget-script.ts; one
 * process's side in account-budget.ts.
 */

import { type BudgetAccount, type BudgetSource, type RequestBudget, ValidationError, validate } from "unisms";
import * as z from "zod/mini";
import { schemaFor } from "../core/validation.js";
import { accountBudget, type RedisScripting } from "./account-budget.js";

/** Options of `redisBudget`. */
export interface RedisBudgetOptions {
  /**
   * Starts every key the budget writes (`<prefix>:budget:{<account>}:flight`, `:replied`, `:pause`):
   * printable ASCII without spaces, at most 64 characters. Default "unisms".
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

/**
 * One rate budget per provider account, shared by every process that passes the same Redis: give it as
 * an adapter's `budget` (`numpool({ apiKey, budget: redisBudget(redis) })`). The options are checked
 * here: a misspelled or out-of-range one is a `ValidationError` naming it. See the module's notes for
 * how it keeps the limit, and what happens when Redis is away.
 *
 * @param redis An ioredis client (`new Redis(url)`, or a `Cluster`): the budget runs one script on it
 *   per request. The client stays yours to configure and to close.
 */
export function redisBudget(redis: RedisScripting, options: RedisBudgetOptions = {}): BudgetSource {
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
  let warned = false;

  return {
    budgetFor(account: BudgetAccount): RequestBudget {
      const limit = account.limit;
      // Two provider objects on one key in one process share one queue, unless their limits differ.
      const cacheKey = `${account.account}/${limit ? `${limit.limit}/${limit.intervalMs}` : "-"}`;
      let budget = budgets.get(cacheKey);
      if (budget) return budget;
      // The braces make a Redis Cluster keep one account's keys on one node, as a script needs.
      const base = `${prefix}:budget:{${account.account}}`;
      budget = accountBudget({
        redis,
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
      budgets.set(cacheKey, budget);
      return budget;
    },
  };
}
