/** Leaving `client.withOrder`: no paid number is left open behind a script. */
import { isFinalOrderStatus, type Order } from "../core/model.js";
import type { Provider } from "../core/provider.js";
import { cancelWithGrace } from "./cancel-with-grace.js";
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
