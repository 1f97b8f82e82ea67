/**
 * The rate budget of one provider account, as an interface: the transport draws a slot from it before
 * every attempt, and the poll scheduler reads it to pace watchers. The in-process `localBudget` is the
 * default; a shared one (Redis, across processes) implements the same contract.
 *
 * Contract:
 * - `acquire` resolves at the moment a request may be sent, and hands back a `release` to call when its
 *   reply came (or it failed). A request counts from the moment it is let out, fully while it is in
 *   flight, and then until one window after its reply: the provider saw it somewhere between, so only
 *   that bound keeps the limit at the provider, whatever the network's delays (a cold connection can
 *   hold a request back by a tenth of a second, more than any clock margin).
 * - `delayMs` is a cheap, synchronous estimate of how long an `acquire` started now would wait (0: now).
 * - `pauseFor` holds every request until then (a 429's `Retry-After`); a shorter pause never shortens a
 *   longer one.
 * - `announce` takes what the provider says of its budget on a reply (limit, remaining, reset).
 */
import type { ProviderName } from "../model.js";

/** A request limit: at most `limit` requests in any `intervalMs`. */
export interface RateLimit {
  /** Requests per `intervalMs`: a positive integer. */
  limit: number;
  /** The window the limit counts over, in ms: a positive integer (60 000 for "per minute"). */
  intervalMs: number;
}

/** What a provider said about its budget on one reply; every field is optional. */
export interface BudgetAnnouncement {
  /** The ceiling for the current window (`X-RateLimit-Limit`). */
  limit?: number;
  /** Calls left in the window (`X-RateLimit-Remaining`). */
  remaining?: number;
  /** Milliseconds until the window resets (`X-RateLimit-Reset`, or a `Retry-After`). */
  resetMs?: number;
}

/** Marks a request's reply as come (idempotent). */
export type Release = () => void;

/**
 * One provider account's rate budget, shared by every call and watcher of a provider object (the rules
 * are at the top of this file). Pass your own as an adapter's `budget` to share it across processes.
 */
export interface RequestBudget {
  /** The limit in force, or null when the provider documents none and the user set none. */
  readonly limit: RateLimit | null;
  /** Resolves when a request may leave; call the release when its reply came or it failed. */
  acquire(signal?: AbortSignal): Promise<Release>;
  /** How long an `acquire` started now would wait, in ms (0: now); a cheap estimate. */
  delayMs(): number;
  /** Holds every request for `ms` (a 429's `Retry-After`); never shortens a longer pause. */
  pauseFor(ms: number): void;
  /** Milliseconds until the current pause ends (0 when none). */
  pausedForMs(): number;
  /** Takes what the provider said of its budget on a reply. */
  announce(said: BudgetAnnouncement): void;
}

/**
 * The provider account a budget source is asked about. `account` stands for the API key without being
 * it: a hash (SHA-256, hex, truncated to 32 characters) of the provider's name, its base URL and the
 * key, the same in every process that uses that key there, so it can name a shared budget (a Redis key).
 */
export interface BudgetAccount {
  /** The adapter asking. */
  provider: ProviderName;
  /** Names the account: a hash of provider, base URL and API key, never the key itself. */
  account: string;
  /** The limit in force for it: the user's `rateLimit`, else the provider's documented one, else null. */
  limit: RateLimit | null;
}

/**
 * Makes the budget of each provider account, for an adapter's `budget` option when one budget object
 * cannot know the account it will serve (`redisBudget(redis)` from "unisms/redis"): the adapter calls
 * `budgetFor` once, at construction, and draws from what it returns.
 */
export interface BudgetSource {
  /** The budget of one account (see `BudgetAccount`). */
  budgetFor(account: BudgetAccount): RequestBudget;
}
