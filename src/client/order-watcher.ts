/**
 * `client.watch(order | rental)`: events for one watched order or rental, polled by its provider's shared
 * scheduler (see poll-scheduler.ts) and fed by pushed events (`client.ingest`).
 *
 * Decisions:
 * - Everything this watcher finds is new to it: messages already in the order handed in are emitted on
 *   the first look. Each message and each code is emitted once (see seen-messages.ts).
 * - An activation is watched until it ends (done, expired, cancelled), also after its code: a provider
 *   may deliver more messages. After the code it is looked at six times less often (at most once a
 *   minute), so a watcher nobody stopped does not keep spending the budget. `stop()` (or `waitForCode`)
 *   ends it sooner.
 * - `timeoutMs` ends the watcher with a `TimeoutError`; an activation without a code is first cancelled
 *   for its refund (`cancelOnTimeout: false` keeps it open), with the cancel retried for a grace period.
 *   A rental is never cancelled by a timeout: it was rented to be held.
 * - A listener that throws is reported once (as an `error` event, or a process warning when nobody
 *   listens for errors) and never stops the polling: the user's failure is not the provider's.
 * - A permanent failure (auth, not found, a bug) is emitted as `error` once and ends the watcher; a
 *   transient one is retried and shows only as a `retry` event.
 * - An abort through `signal` ends the watcher (reason "aborted") and leaves the order as it is.
 */
import { EventEmitter } from "eventemitter3";
import { OrderStateError, type SmsError, TimeoutError } from "../core/errors.js";
import {
  type Message,
  type Money,
  type Order,
  type OrderStatus,
  orderState,
  type Rental,
  type RentalStatus,
} from "../core/model.js";
import { cancelWithGrace } from "./cancel-with-grace.js";
import { MAX_TIMER_MS, type PollScheduler, type PushedEvent, type WatchEntry } from "./poll-scheduler.js";
import { changesIn, isFinal, isRental, look, type Watched } from "./poll-step.js";
import { SeenMessages } from "./seen-messages.js";

/** Options of `client.watch()`. */
export interface WatchOptions {
  /** Time between looks (default: the provider's asked-for interval). */
  intervalMs?: number;
  /** End after this long with a `TimeoutError` (default: no limit; an activation ends when it expires). */
  timeoutMs?: number;
  /** Cancel an activation still without a code at the timeout, for its refund (default true). */
  cancelOnTimeout?: boolean;
  /** How long the timeout cancel is retried on transient failures before the order is reported open (default 30 s). */
  cancelGraceMs?: number;
  /** Aborting ends the watcher and leaves the order as it is. */
  signal?: AbortSignal;
}

/** Why a watcher ended. */
export type WatchEndReason = "ended" | "stopped" | "aborted" | "timeout" | "failed";

/** The events of an `OrderWatcher` and their listeners' arguments. */
export interface OrderWatcherEvents<T extends Watched> {
  /** Each new message, once, also when a provider repeats an old one. */
  message: (message: Message) => void;
  /** Each new code, once, with the message that carried it. */
  code: (code: string, message: Message) => void;
  /** The status changed. */
  status: (status: T extends Rental ? RentalStatus : OrderStatus, target: T) => void;
  /** The order or rental ran out. */
  expired: (target: T) => void;
  /** A permanent failure (the watcher then ends), or a listener of yours that threw (it goes on). */
  error: (error: unknown) => void;
  /** A look failed for now and will be tried again after `waitMs`. */
  retry: (error: SmsError, waitMs: number) => void;
  /** After every successful look; `attempt` counts looks, failed ones included. */
  poll: (target: T, attempt: number) => void;
  /** The watcher ended, once; `error` for a timeout or a permanent failure. */
  end: (reason: WatchEndReason, error?: unknown) => void;
}

/**
 * What `client.watch()` returns: an event emitter for one order or rental, and an async iterable of its
 * new messages that ends when the watcher does. Its looks are paced by the provider's shared scheduler,
 * so many watchers never push one provider past its rate limit.
 */
export class OrderWatcher<T extends Watched = Order>
  extends EventEmitter<OrderWatcherEvents<T>>
  implements WatchEntry, AsyncIterable<Message>
{
  // Scheduler fields (see WatchEntry).
  /** @internal */
  dueAt = 0;
  /** @internal */
  queueIndex = -1;
  /** @internal */
  expiresAtMs: number;
  /** @internal */
  solo = false;
  /** @internal */
  relaxed = false;
  /** @internal */
  failures = 0;
  /** @internal */
  abortLook: (() => void) | undefined;
  /** The base interval between looks, in ms. */
  readonly intervalMs: number;
  /** The caller's signal, if any: its abort ends the watcher. */
  readonly signal: AbortSignal | undefined;

  private current: T;
  private attempts = 0;
  private live = true;
  private reason: WatchEndReason | undefined;
  private endError: unknown;
  private readonly seen = new SeenMessages();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failedListeners: WeakSet<object> | undefined;
  /** Messages emitted before any iteration began, for the first loop over this watcher. */
  private backlog: Message[] | undefined;
  private iterated = false;
  private readonly onAbort: (() => void) | undefined;

  /**
   * Made by `client.watch()`.
   * @internal
   */
  constructor(
    private readonly scheduler: PollScheduler,
    target: T,
    intervalMs: number,
    private readonly options: WatchOptions = {},
    /** Runs the timeout's cancel (the client's journal marks it, so a crash mid-cancel is completed). */
    private readonly cancelling: <R>(
      order: Order,
      run: () => Promise<R>,
      stillOpen?: (result: R) => boolean,
    ) => Promise<R> = (_order, run) => run(),
  ) {
    super();
    this.current = target;
    this.intervalMs = intervalMs;
    this.signal = options.signal;
    const expires = target.expiresAt ? Date.parse(target.expiresAt) : Number.NaN;
    this.expiresAtMs = Number.isNaN(expires) ? Number.POSITIVE_INFINITY : expires;
    if (this.signal?.aborted) {
      // Ended before it began; told on the next tick, once listeners can be attached.
      this.live = false;
      queueMicrotask(() => this.finish("aborted"));
      return;
    }
    if (this.signal) {
      this.onAbort = () => this.end("aborted");
      this.signal.addEventListener("abort", this.onAbort, { once: true });
    }
    if (options.timeoutMs !== undefined) {
      this.timer = setTimeout(() => void this.timeOut(), Math.min(options.timeoutMs, MAX_TIMER_MS));
    }
    scheduler.add(this);
  }

  /** The order (or rental) as last seen. */
  get target(): T {
    return this.current;
  }

  /** False once the watcher has ended. */
  get active(): boolean {
    return this.live;
  }

  /** Stops watching; the order is left as it is. */
  stop(): void {
    this.end("stopped");
  }

  // --- called by the scheduler -------------------------------------------------------------------

  /** @internal */
  polled(next: Watched): void {
    this.attempts++;
    this.apply(next as T, true);
  }

  /** @internal */
  retrying(error: unknown, waitMs: number): void {
    this.attempts++;
    this.fire("retry", error as SmsError, waitMs);
  }

  /** @internal */
  failed(error: unknown): void {
    this.end("failed", error);
  }

  // --- pushed events (client.ingest) ---------------------------------------------------------------

  /**
   * Applies an event the provider pushed; polling of this order relaxes from now on.
   * @internal
   */
  push(event: PushedEvent): void {
    if (!this.live) return;
    this.relaxed = true;
    const t = this.current as Watched;
    if (event.kind === "message") {
      const m = event.message;
      const messages = [m, ...t.messages];
      const next = isRental(t)
        ? { ...t, messages }
        : { ...t, messages, ...orderState(t.status, m.code ?? t.code) };
      this.apply(next as T);
    } else {
      this.apply({ ...t, status: event.status } as T);
    }
  }

  // --- internals ------------------------------------------------------------------------------------

  /** Takes a fresh view and emits what is new in it (after the `poll` event, for a look). */
  private apply(next: T, looked = false): void {
    const before = this.current;
    const changes = changesIn(next, before, this.seen);
    this.current = next;
    if (looked) this.fire("poll", next, this.attempts);
    for (const message of changes.messages) {
      if (!this.iterated) {
        this.backlog ??= [];
        if (this.backlog.length < 100) this.backlog.push(message);
      }
      this.fire("message", message);
    }
    for (const [code, message] of changes.codes) {
      if (!this.live) return;
      // An activation's code is in: it is looked at from now on only to see it end (or a rare second
      // SMS), at the relaxed pace, so a watcher nobody stopped does not keep spending the budget.
      if (!isRental(next)) this.relaxed = true;
      this.fire("code", code, message);
    }
    if (!this.live) return;
    if (changes.status !== null) {
      this.fire("status", changes.status as never, this.current);
      if (changes.status === "expired") this.fire("expired", this.current);
    }
    // Also an order that was closed before it was handed in: nothing more will happen to it.
    if (this.live && isFinal(next)) this.end("ended");
  }

  private async timeOut(): Promise<void> {
    this.timer = undefined;
    if (!this.live) return;
    const t = this.current as Watched;
    const hadCode = !isRental(t) && t.code !== null;
    const provider = this.scheduler.provider;
    const mayCancel =
      !isRental(t) &&
      !hadCode &&
      !isFinal(t) &&
      this.options.cancelOnTimeout !== false &&
      provider.capabilities.activations &&
      typeof provider.cancel === "function";
    if (!mayCancel) {
      // A code the order already carried (no look has emitted it yet) is handed over, not lost.
      if (hadCode) this.apply(t as T);
      const error = hadCode ? undefined : this.timeoutError(t, null, isFinal(t), undefined);
      return this.end("timeout", error);
    }
    // Stop polling, but stay live: one last look (a code may have landed since the last one), then the
    // cancel, whose own last look may still find a code.
    this.scheduler.remove(this);
    const last = await look(provider, t, this.signal ? { signal: this.signal } : {}).catch(() => null);
    if (!this.live) return;
    if (last) {
      this.polled(last);
      if (!this.live || (last as Order).code || isFinal(last)) return this.end("timeout");
    }
    // From here the cancel runs to its end even if the watcher is stopped or aborted meanwhile: it is
    // what keeps the money. A failure nobody is left to hear of is reported as a process warning.
    let outcome: Awaited<ReturnType<typeof cancelWithGrace>>;
    try {
      const order = this.current as Order;
      outcome = await this.cancelling(
        order,
        () => cancelWithGrace(provider, order, this.options.cancelGraceMs),
        (o) => !o.cancelled && o.code === null,
      );
    } catch (error) {
      return this.end("failed", error);
    }
    if (!this.live) {
      if (outcome.failure && !outcome.cancelled) {
        process.emitWarning(
          `unisms: the timeout cancel of ${provider.name} order ${t.id} failed (${outcome.failure.code}) after the watcher was stopped; the order may still be open`,
          "UnismsOpenOrderWarning",
        );
      }
      return;
    }
    if (outcome.code) {
      this.apply(outcome.order as T);
      return this.end("timeout");
    }
    this.current = outcome.order as T;
    this.end(
      "timeout",
      this.timeoutError(outcome.order, outcome.refunded, outcome.cancelled, outcome.failure),
    );
  }

  private timeoutError(
    t: Watched,
    refunded: Money | null,
    cancelled: boolean,
    failure: SmsError | undefined,
  ): TimeoutError {
    const what = isRental(t) ? "rental" : "order";
    const smsWithoutCode = !isRental(t) && t.messages.length > 0;
    const note =
      failure && !cancelled
        ? smsWithoutCode && failure instanceof OrderStateError
          ? `; the provider refused the cancel (${failure.code}): an SMS came with no code we could read (see error.order.messages)`
          : `; the cancel failed (${failure.code}), so the order may still be open: cancel it`
        : "";
    return new TimeoutError(`no code for ${what} ${t.id} within ${this.options.timeoutMs} ms${note}`, {
      provider: t.provider,
      ...(isRental(t) ? {} : { order: t }),
      refunded,
      cancelled,
      ...(failure ? { cause: failure } : {}),
    });
  }

  private end(reason: WatchEndReason, error?: unknown): void {
    if (!this.live) return;
    this.live = false;
    this.finish(reason, error);
  }

  private finish(reason: WatchEndReason, error?: unknown): void {
    this.abortLook?.();
    this.reason = reason;
    this.endError = error;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.onAbort) this.signal?.removeEventListener("abort", this.onAbort);
    this.scheduler.remove(this);
    if (error !== undefined) this.fire("error", error);
    this.fire("end", reason, error);
    this.removeAllListeners();
  }

  /**
   * Calls each listener on its own: one that throws neither stops the others nor the polling. Its
   * failure is reported once per listener, through `error` listeners or else as a process warning.
   */
  private fire<E extends keyof OrderWatcherEvents<T>>(
    event: E,
    ...args: Parameters<OrderWatcherEvents<T>[E]>
  ): void {
    for (const listener of this.listeners(event)) {
      // A `once` listener is removed before it runs, as EventEmitter does.
      this.removeListener(event, listener as never, undefined, true);
      try {
        (listener as (...a: unknown[]) => void).apply(this, args);
      } catch (thrown) {
        this.listenerFailed(event, listener, thrown);
      }
    }
  }

  private listenerFailed(event: string, listener: object, thrown: unknown): void {
    this.failedListeners ??= new WeakSet();
    if (this.failedListeners.has(listener)) return;
    this.failedListeners.add(listener);
    const errorListeners = event === "error" ? [] : this.listeners("error");
    if (errorListeners.length === 0) {
      const what = thrown instanceof Error ? thrown.message : String(thrown);
      process.emitWarning(
        `unisms: a "${event}" listener threw (${what}); polling goes on`,
        "UnismsListenerWarning",
      );
      return;
    }
    for (const onError of errorListeners) {
      try {
        (onError as (e: unknown) => void).call(this, thrown);
      } catch {
        // An error listener that throws has nowhere left to report to.
      }
    }
  }

  /**
   * Messages as they arrive, starting with those emitted before the loop began (up to 100 are kept for
   * it); ends when the watcher ends (rejects when it ended on an error). Leaving the loop stops the watcher.
   */
  [Symbol.asyncIterator](): AsyncIterator<Message> {
    const queue: Message[] = this.backlog ?? [];
    this.backlog = undefined;
    this.iterated = true;
    const sleepers: Array<() => void> = [];
    const wake = () => {
      for (const resolve of sleepers.splice(0)) resolve();
    };
    const onMessage = (m: Message) => {
      queue.push(m);
      wake();
    };
    this.on("message", onMessage);
    this.on("end", wake);
    const cleanup = () => {
      this.off("message", onMessage);
      this.off("end", wake);
    };
    return {
      next: async (): Promise<IteratorResult<Message>> => {
        for (;;) {
          if (queue.length > 0) return { value: queue.shift()!, done: false };
          if (!this.live && this.reason !== undefined) {
            cleanup();
            if (this.endError !== undefined) throw this.endError;
            return { value: undefined, done: true };
          }
          await new Promise<void>((resolve) => sleepers.push(resolve));
        }
      },
      return: async (): Promise<IteratorResult<Message>> => {
        cleanup();
        this.stop();
        wake();
        return { value: undefined, done: true };
      },
    };
  }
}

/**
 * Why `waitForCode` got no code from an order that ended: one that expired ran out of the provider's
 * time, a `TimeoutError` like our own (closed, and refunded by the provider's own rules); one cancelled
 * or finished by someone else is an `OrderStateError`. Both carry the order.
 */
export function endedWithoutCode(order: Order): SmsError {
  if (order.status === "expired") {
    return new TimeoutError(`order ${order.id} expired before a code arrived`, {
      provider: order.provider,
      order,
      refunded: null,
      cancelled: true,
    });
  }
  return new OrderStateError(`order ${order.id} is ${order.status} and no code arrived`, {
    provider: order.provider,
    order,
  });
}
