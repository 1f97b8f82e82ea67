/**
 * One scheduler per provider object, shared by every watcher and `waitForCode` on it (plain calls share
 * the same budget in the transport). It decides which watched order is looked at next and when:
 *
 * - Fair: entries wait in a due-time queue, so every order gets its turn; among equals the one that
 *   expires first goes first. An order is due again one interval after its look; when the budget cannot
 *   serve every watched order that often, every entry is overdue and the queue serves them round-robin,
 *   so each gets its fair share of the limit (orders / limit per look) without a rule of its own.
 * - Inside the budget: a look starts only when the budget has a slot free now, so the limit is never
 *   exceeded however many orders are watched, plain calls queued in the budget go before the next look,
 *   and a 429's pause holds every watcher of the provider.
 * - Batched: where the provider reports many orders in one request (`pollMany`), a round costs that
 *   request instead of one per order; orders the list cannot tell about, and every order of a batch
 *   that failed, are then looked at alone (one bad reply never ends the watchers of the others).
 * - Transient failures back off per entry (capped, jittered, never sooner than a `Retry-After`).
 */
import { RateLimitError } from "../core/errors.js";
import type { Message, Order } from "../core/model.js";
import type { Provider } from "../core/provider.js";
import { backoffDelay } from "./backoff.js";
import { type Due, DueQueue } from "./due-queue.js";
import { isRental, isTransient, look, type Watched } from "./poll-step.js";

/** Looks in flight at once per provider; the budget paces them, this only bounds a burst. */
const MAX_IN_FLIGHT = 16;
/** Longest wait between looks after failures. */
const MAX_ERROR_DELAY_MS = 30_000;
/** Once pushed events reach an order, its polling is only a safety net: this many times slower. */
const RELAX_FACTOR = 6;
const MAX_RELAXED_MS = 60_000;
/** setTimeout's ceiling (about 24.8 days): a longer delay would fire at once. */
export const MAX_TIMER_MS = 2_147_483_647;

/** What the scheduler needs of a watcher. */
export interface WatchEntry extends Due {
  readonly target: Watched;
  /** The base interval between looks. */
  readonly intervalMs: number;
  readonly signal: AbortSignal | undefined;
  /** False once the watcher ended: late replies are dropped. */
  readonly active: boolean;
  /** The last batch could not tell: look at this one alone next. */
  solo: boolean;
  /** Pushed events reach this order: poll it less. */
  relaxed: boolean;
  /** Failed looks in a row. */
  failures: number;
  /** Aborts this entry's look in flight (set by the scheduler while one is). */
  abortLook: (() => void) | undefined;
  polled(next: Watched): void;
  retrying(error: unknown, waitMs: number): void;
  failed(error: unknown): void;
}

export type PushedEvent =
  | { kind: "message"; message: Message }
  | { kind: "status"; status: "expired" | "cancelled" };

const schedulers = new WeakMap<Provider, PollScheduler>();

/** The scheduler of this provider object (created on first use). */
export function schedulerFor(provider: Provider): PollScheduler {
  let scheduler = schedulers.get(provider);
  if (!scheduler) {
    scheduler = new PollScheduler(provider);
    schedulers.set(provider, scheduler);
  }
  return scheduler;
}

export class PollScheduler {
  private readonly queue = new DueQueue<WatchEntry>();
  private readonly byId = new Map<string, WatchEntry[]>();
  private watched = 0;
  private inFlight = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  private kicked = false;

  constructor(
    readonly provider: Provider,
    private readonly now: () => number = Date.now,
  ) {}

  add(entry: WatchEntry): void {
    this.watched++;
    const list = this.byId.get(entry.target.id);
    if (list) list.push(entry);
    else this.byId.set(entry.target.id, [entry]);
    entry.dueAt = this.now();
    this.queue.push(entry);
    this.kick();
  }

  remove(entry: WatchEntry): void {
    const list = this.byId.get(entry.target.id);
    const at = list ? list.indexOf(entry) : -1;
    if (!list || at < 0) return;
    list.splice(at, 1);
    if (list.length === 0) this.byId.delete(entry.target.id);
    this.watched--;
    this.queue.remove(entry);
    if (this.watched === 0) this.disarm();
  }

  /** The watchers of an order or rental id (for pushed events). */
  entriesFor(id: string): readonly WatchEntry[] {
    return [...(this.byId.get(id) ?? [])];
  }

  private kick(): void {
    if (this.kicked) return;
    this.kicked = true;
    queueMicrotask(() => {
      this.kicked = false;
      this.pump();
    });
  }

  private arm(delayMs: number): void {
    delayMs = Math.min(delayMs, MAX_TIMER_MS);
    const at = this.now() + delayMs;
    if (this.timer && this.timerAt <= at) return;
    this.disarm();
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Number.POSITIVE_INFINITY;
      this.pump();
    }, delayMs);
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
  }

  private pump(): void {
    // No more looks in flight than the budget lets out at once: the rest would queue in the budget ahead
    // of the caller's own calls.
    const maxInFlight = Math.min(MAX_IN_FLIGHT, this.provider.budget?.limit?.limit ?? MAX_IN_FLIGHT);
    while (this.inFlight < maxInFlight) {
      const top = this.queue.peek();
      if (!top) return;
      const now = this.now();
      const wait = Math.max(top.dueAt - now, this.provider.budget?.delayMs() ?? 0);
      if (wait > 0) {
        this.arm(wait);
        return;
      }
      if (this.provider.pollMany && !top.solo && !isRental(top.target)) this.runBatch(now);
      else this.runOne(this.queue.pop()!);
    }
  }

  private runOne(entry: WatchEntry): void {
    this.inFlight++;
    // Its own controller, so that stopping the watcher ends the look (and its transport retries) too.
    const controller = new AbortController();
    entry.abortLook = () => controller.abort();
    const signal = entry.signal ? AbortSignal.any([entry.signal, controller.signal]) : controller.signal;
    look(this.provider, entry.target, { signal }).then(
      (next) => {
        this.inFlight--;
        entry.abortLook = undefined;
        entry.solo = false;
        this.succeeded(entry, next);
        this.pump();
      },
      (error: unknown) => {
        this.inFlight--;
        entry.abortLook = undefined;
        if (!controller.signal.aborted) this.failedLook(entry, error);
        this.pump();
      },
    );
  }

  /** One list request for every order due within half an interval. */
  private runBatch(now: number): void {
    const batch = this.queue
      .all()
      .filter((e) => !e.solo && !isRental(e.target) && e.dueAt <= now + this.intervalOf(e) / 2);
    for (const entry of batch) this.queue.remove(entry);
    this.inFlight++;
    this.provider.pollMany!(batch.map((e) => e.target as Order)).then(
      (results) => {
        this.inFlight--;
        batch.forEach((entry, i) => {
          const next = results[i];
          if (next) {
            this.succeeded(entry, next);
          } else {
            entry.solo = true;
            this.requeue(entry, 0);
          }
        });
        this.pump();
      },
      () => {
        // Whatever failed (one order's read, the list itself), each order is looked at alone next, where
        // its own failure is classified on its own.
        this.inFlight--;
        for (const entry of batch) {
          entry.solo = true;
          this.requeue(entry, 0);
        }
        this.pump();
      },
    );
  }

  private succeeded(entry: WatchEntry, next: Watched): void {
    if (!entry.active) return;
    entry.failures = 0;
    entry.polled(next);
    this.requeue(entry, this.intervalOf(entry));
  }

  private failedLook(entry: WatchEntry, error: unknown): void {
    if (!entry.active || !this.has(entry)) return;
    if (!isTransient(error)) {
      entry.failed(error);
      return;
    }
    entry.failures++;
    const retryAfter = error instanceof RateLimitError ? (error.retryAfterMs ?? 0) : 0;
    const wait = Math.max(
      backoffDelay(this.intervalOf(entry), entry.failures, MAX_ERROR_DELAY_MS),
      retryAfter,
    );
    entry.retrying(error, wait);
    this.requeue(entry, wait);
  }

  /** Still registered: a watcher taken out while its look was in flight (a timeout) is not queued again. */
  private has(entry: WatchEntry): boolean {
    return this.byId.get(entry.target.id)?.includes(entry) ?? false;
  }

  private requeue(entry: WatchEntry, delayMs: number): void {
    if (!entry.active || !this.has(entry)) return;
    entry.dueAt = this.now() + delayMs;
    this.queue.push(entry);
    this.kick();
  }

  private intervalOf(entry: WatchEntry): number {
    if (!entry.relaxed) return entry.intervalMs;
    // Slower, never faster: a caller's own interval above the cap stays as it is.
    return Math.max(entry.intervalMs, Math.min(entry.intervalMs * RELAX_FACTOR, MAX_RELAXED_MS));
  }
}
