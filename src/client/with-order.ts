/** Leaving `client.withOrder`: no paid number is left open behind a script. */
import { ValidationError } from "../core/errors.js";
import { isFinalOrderStatus, type Order } from "../core/model.js";
import type { Provider } from "../core/provider.js";
import { cancelWithGrace } from "./cancel-with-grace.js";
import type { JournalKeeper } from "./journal/journal-keeper.js";
import { look } from "./poll-step.js";

/**
 * An order without a code that is still open is cancelled (retried for a grace period); one with a code,
 * or already closed, is left as it is. A cancel that fails is thrown: the order may still be open and
 * the caller must know.
 */
export async function releaseOrder(provider: Provider, order: Order): Promise<void> {
  if (!provider.capabilities.activations || typeof provider.cancel !== "function") return;
  const latest = await look(provider, order).catch(() => order);
  if (latest.code || isFinalOrderStatus(latest.status)) return;
  const outcome = await cancelWithGrace(provider, latest);
  if (outcome.failure && !outcome.cancelled && !outcome.code) throw outcome.failure;
}

/**
 * `withOrder`: buys (with `buy`), runs `fn` with the order, and releases it after, even when `fn` throws.
 * `provider` and `keeper` are the seller's: the release goes where the order was bought.
 */
export async function runWithOrder<R>(
  fn: (order: Order) => Promise<R> | R,
  buy: () => Promise<Order>,
  sellerOf: (order: Order) => { provider: Provider; keeper: JournalKeeper },
): Promise<R> {
  if (typeof fn !== "function") {
    throw new ValidationError("withOrder: fn must be a function (order) => ...", { field: "fn" });
  }
  const order = await buy();
  const { provider, keeper } = sellerOf(order);
  let result: R;
  try {
    result = await fn(order);
  } catch (error) {
    const released = await keeper
      .cancelling(order, () => releaseOrder(provider, order))
      .then(
        () => null,
        (failure: unknown) => failure,
      );
    // Both failed: yours first, and the cancel's, since the order may still be open.
    if (released) {
      throw new AggregateError(
        [error, released],
        `withOrder: the callback failed and so did the cancel of order ${order.id}; it may still be open`,
      );
    }
    await keeper.settled(order.id);
    throw error;
  }
  await keeper.cancelling(order, () => releaseOrder(provider, order));
  await keeper.settled(order.id);
  return result;
}
