/**
 * Cancelling an order that ran out of time, without leaving it open: a paid order left open is money
 * lost, so transient failures of the cancel (429 after its `Retry-After`, 5xx, no reply, an unreadable
 * reply) are tried again for a bounded grace period, and then the order is looked at once more. A cancel
 * only ever gives money back, so repeating one is safe: a second cancel of a closed order is refused and
 * the look that follows shows it closed.
 */
import { OrderStateError, RateLimitError, SmsError } from "../core/errors.js";
import type { Money, Order } from "../core/model.js";
import type { Provider } from "../core/provider.js";
import { sleep } from "../core/sleep.js";
import { backoffDelay } from "./backoff.js";
import { type CodeResult, codeResult } from "./code-result.js";
import { isFinal, isTransient, look } from "./poll-step.js";

/** How long a timed-out order's cancel is retried on transient failures (default). */
const CANCEL_GRACE_MS = 30_000;

export interface CancelOutcome {
  /** The order as last seen. */
  order: Order;
  refunded: Money | null;
  /** The order is known to be closed (cancelled, expired or done). */
  cancelled: boolean;
  /** A code that arrived before the cancel took effect: it was paid for, so it is handed over. */
  code: CodeResult | null;
  /** Why the order may still be open, when it may. */
  failure: SmsError | undefined;
}

export async function cancelWithGrace(
  provider: Provider,
  order: Order,
  graceMs: number = CANCEL_GRACE_MS,
): Promise<CancelOutcome> {
  const deadline = Date.now() + graceMs;
  let result: { order: Order; refunded: Money | null } | undefined;
  let failure: SmsError | undefined;
  let latest: Order | null = null;
  for (let attempt = 1; ; attempt++) {
    try {
      result = await provider.cancel!(order);
      break;
    } catch (error) {
      if (!(error instanceof SmsError)) throw error;
      failure = error;
      if (!isTransient(error)) break;
      // Before trying again: a code that arrived, or an order that closed, settles it.
      latest = await look(provider, order).catch(() => null);
      if (latest && (codeResult(latest) || isFinal(latest))) break;
      const retryAfter = error instanceof RateLimitError ? (error.retryAfterMs ?? 0) : 0;
      const wait = Math.max(backoffDelay(250, attempt, 4_000), retryAfter);
      if (Date.now() + wait > deadline) break;
      await sleep(wait);
    }
  }
  // The order itself is the truth, whatever the cancel's reply said (a refund in the reply included): look
  // once more (twice if the first look fails). A code that arrived meanwhile is handed over, not a timeout.
  if (result || !latest || !(codeResult(latest) || isFinal(latest))) {
    latest = null;
    // Looked at as the cancel left it: an adapter may read "closed" as cancelled only for an order it
    // knows was cancelled (JuicySMS's one word for cancelled and expired).
    const seen = result?.order ?? order;
    for (let i = 0; i < 2 && !latest; i++) latest = await look(provider, seen).catch(() => null);
  }
  // A code shown is a code paid for, whatever the cancel's reply said: handed over, no refund claimed.
  const code = latest ? codeResult(latest) : null;
  if (code) return { order: latest!, refunded: null, cancelled: false, code, failure: undefined };
  if (result && latest && !isFinal(latest)) {
    // Answered, but the order still shows open: the cancel did not take, whatever its reply said.
    failure = new OrderStateError(
      `${order.provider}: the cancel of order ${order.id} was answered, but the order still shows ${latest.status}`,
      { provider: order.provider, order: latest },
    );
    return { order: latest, refunded: null, cancelled: false, code: null, failure };
  }
  // Closed as it said (or the order could not be read twice: the answered cancel is the best word there is).
  if (result)
    return {
      order: latest ?? result.order,
      // Finished (used) is closed, but nothing came back for it.
      refunded: latest?.status === "done" ? null : result.refunded,
      cancelled: true,
      code: null,
      failure: undefined,
    };
  const closed = latest !== null && isFinal(latest);
  return {
    order: latest ?? order,
    refunded: null,
    cancelled: closed,
    code: null,
    failure: closed ? undefined : failure,
  };
}
