/**
 * `waitForCode`: a watcher that stops at the first code. It polls through the provider's shared
 * scheduler like every watcher; on timeout the order is cancelled for its refund (retried on transient
 * failures for a grace period) unless the caller said not to, and a code that slipped in just before
 * the cancel still wins.
 */
import type { SmsError } from "../core/errors.js";
import type { Order } from "../core/model.js";
import { type CodeResult, codeResult } from "./code-result.js";
import { endedWithoutCode, type OrderWatcher, type WatchOptions } from "./order-watcher.js";

export type { CodeResult } from "./code-result.js";
export { codeResult };

/** Options of `client.waitForCode()`. */
export interface WaitOptions extends WatchOptions {
  /** Give up after this long (default: until the order expires, else 15 minutes). */
  timeoutMs?: number;
  /** Called after every poll, for progress output. */
  onPoll?: (order: Order, attempt: number) => void;
  /** Called when a look failed for now and will be tried again: a provider that keeps failing shows here. */
  onRetry?: (error: SmsError, waitMs: number) => void;
}

const DEFAULT_WINDOW_MS = 15 * 60_000;

/** The default wait: until the order's own expiry, else 15 minutes. */
export function defaultTimeoutMs(order: Order, now = Date.now()): number {
  const untilExpiry = order.expiresAt ? Date.parse(order.expiresAt) - now : Number.NaN;
  return untilExpiry > 0 ? untilExpiry : DEFAULT_WINDOW_MS;
}

export function waitForCode(watcher: OrderWatcher<Order>, options: WaitOptions): Promise<CodeResult> {
  return new Promise<CodeResult>((resolve, reject) => {
    let settled = false;
    if (options.onPoll) watcher.on("poll", options.onPoll);
    if (options.onRetry) watcher.on("retry", options.onRetry);
    watcher.once("code", (code, message) => {
      settled = true;
      // One look may bring several codes (emitted oldest first): the order's own newest code wins.
      resolve(codeResult(watcher.target) ?? { code, message, order: watcher.target });
      watcher.stop();
    });
    watcher.once("end", (reason, error) => {
      if (settled) return;
      if (reason === "aborted") return reject(options.signal?.reason);
      reject(error ?? endedWithoutCode(watcher.target));
    });
  });
}
