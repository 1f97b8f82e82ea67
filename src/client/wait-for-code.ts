/**
 * Polling until a code arrives. Success polls keep the provider's asked-for pace; failed polls back off
 * (doubling, capped at 30 s, at least any `Retry-After`). On timeout the order is cancelled for its refund
 * unless the caller said not to; a code that slipped in just before the cancel still wins.
 */
import { OrderStateError, RateLimitError, SmsError, TimeoutError } from "../core/errors.js";
import { isFinalOrderStatus, type Message, type Money, type Order } from "../core/model.js";
import { sleep } from "../core/transport/rate-gate.js";

export interface WaitOptions {
  /** Give up after this long (default: until the order expires, else 15 minutes). */
  timeoutMs?: number;
  /** Time between polls (default: the provider's asked-for interval). */
  intervalMs?: number;
  /** Cancel the order on timeout for its refund (default true). */
  cancelOnTimeout?: boolean;
  /** Aborting stops waiting (rejects with the signal's reason) and leaves the order as it is. */
  signal?: AbortSignal;
  /** Called after every poll, for progress output. */
  onPoll?: (order: Order, attempt: number) => void;
}

export interface CodeResult {
  code: string;
  message: Message | null;
  order: Order;
}

export interface WaitDeps {
  poll(order: Order, signal?: AbortSignal): Promise<Order>;
  /** Absent when the provider cannot cancel. */
  cancel?: (order: Order) => Promise<{ order: Order; refunded: Money | null }>;
  pollIntervalMs: number;
  now?: () => number;
}

const MAX_ERROR_BACKOFF_MS = 30_000;
const DEFAULT_WINDOW_MS = 15 * 60_000;

export function codeResult(order: Order): CodeResult | null {
  if (!order.code) return null;
  const message = order.messages.find((m) => m.code === order.code) ?? order.messages[0] ?? null;
  return { code: order.code, message, order };
}

export async function waitForCode(order: Order, options: WaitOptions, deps: WaitDeps): Promise<CodeResult> {
  const now = deps.now ?? Date.now;
  const started = now();
  const untilExpiry = order.expiresAt ? Date.parse(order.expiresAt) - started : Number.NaN;
  const timeoutMs = options.timeoutMs ?? (untilExpiry > 0 ? untilExpiry : DEFAULT_WINDOW_MS);
  const interval = options.intervalMs ?? deps.pollIntervalMs;
  let current = order;
  let errorDelay = interval;

  for (let attempt = 1; ; attempt++) {
    let delay = interval;
    try {
      current = await deps.poll(current, options.signal);
      errorDelay = interval;
      options.onPoll?.(current, attempt);
      const result = codeResult(current);
      if (result) return result;
      if (isFinalOrderStatus(current.status)) {
        throw new OrderStateError(`order ${current.id} is ${current.status} and no code arrived`, {
          provider: current.provider,
        });
      }
    } catch (error) {
      if (options.signal?.aborted || !(error instanceof SmsError) || !error.retryable) throw error;
      errorDelay = Math.min(errorDelay * 2, MAX_ERROR_BACKOFF_MS);
      delay = Math.max(errorDelay, error instanceof RateLimitError ? (error.retryAfterMs ?? 0) : 0);
    }
    const remaining = timeoutMs - (now() - started);
    if (remaining <= 0) break;
    await sleep(Math.min(delay, remaining), options.signal);
  }
  return giveUp(current, timeoutMs, options, deps);
}

async function giveUp(
  order: Order,
  timeoutMs: number,
  options: WaitOptions,
  deps: WaitDeps,
): Promise<CodeResult> {
  let last = order;
  let refunded: Money | null = null;
  let cancelFailure: SmsError | undefined;
  if (options.cancelOnTimeout !== false && deps.cancel && !isFinalOrderStatus(order.status)) {
    try {
      ({ order: last, refunded } = await deps.cancel(order));
    } catch (error) {
      if (!(error instanceof SmsError)) throw error;
      cancelFailure = error;
    }
    // A refused cancel, or one that refunded nothing, most often means a code arrived meanwhile: it was
    // paid for, so look once more and hand it over rather than a TimeoutError.
    if (cancelFailure || !refunded) {
      const latest = await deps.poll(order).catch(() => null);
      const result = latest ? codeResult(latest) : null;
      if (result) return result;
      if (cancelFailure && latest) last = latest;
    }
  }
  const stillOpen = cancelFailure && !isFinalOrderStatus(last.status);
  const note = stillOpen
    ? `; the cancel failed (${cancelFailure!.code}), so the order may still be open: cancel it`
    : "";
  throw new TimeoutError(`no code for order ${order.id} within ${timeoutMs} ms${note}`, {
    provider: order.provider,
    order: last,
    refunded,
    ...(cancelFailure ? { cause: cancelFailure } : {}),
  });
}
