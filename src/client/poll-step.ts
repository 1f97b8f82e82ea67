/**
 * The one poll step that plain `poll`, the watcher and `waitForCode` share: a fresh look at an order
 * (or a rental), what changed since the last look, and which errors are worth trying again.
 */
import { ResponseFormatError, SmsError } from "../core/errors.js";
import {
  isFinalOrderStatus,
  type Message,
  type Order,
  type OrderStatus,
  type Rental,
  type RentalStatus,
} from "../core/model.js";
import type { CallOptions, Provider } from "../core/provider.js";
import type { SeenMessages } from "./seen-messages.js";

export type Watched = Order | Rental;

export function isRental(target: Watched): target is Rental {
  return !("code" in target) && "autoRenew" in target;
}

/** One fresh look: `poll` for an order, `getRental` for a rental (status, expiry and inbox). */
export function look<T extends Watched>(
  provider: Provider,
  target: T,
  options: CallOptions = {},
): Promise<T> {
  const method = isRental(target) ? provider.getRental : provider.poll;
  return (method as (t: T, o: CallOptions) => Promise<T>).call(provider, target, options);
}

export function isFinal(target: Watched): boolean {
  return isRental(target) ? target.status !== "active" : isFinalOrderStatus(target.status);
}

export interface Changes {
  /** New messages, oldest first. */
  messages: Message[];
  /** New codes with the message that carried each, oldest first. */
  codes: Array<[string, Message]>;
  /** The status, when it or the provider's own word for it (`providerStatus`) changed. */
  status: OrderStatus | RentalStatus | null;
}

/**
 * What `next` shows that `seen` has not emitted yet, and whether the status moved from `before`'s. A new
 * word from the provider under the same status counts as a move: an order the provider calls received
 * without a code we could read stays `waiting`, and the watcher still says something happened.
 */
export function changesIn(next: Watched, before: Watched, seen: SeenMessages): Changes {
  const messages: Message[] = [];
  const codes: Array<[string, Message]> = [];
  const found = [...next.messages].reverse();
  // A provider that reports a code without the message carrying it (yet): a code-only message stands in.
  const code = isRental(next) ? null : next.code;
  if (code && !next.messages.some((m) => m.code === code)) {
    found.push({ id: null, from: null, text: null, code, receivedAt: null });
  }
  for (const message of found) {
    if (!seen.admit(message)) continue;
    messages.push(message);
    if (message.code !== null && seen.admitCode(message.code)) codes.push([message.code, message]);
  }
  // A code the order shows on a message seen before (one that gained its code later) is still new.
  if (code && seen.admitCode(code)) {
    codes.push([
      code,
      next.messages.find((m) => m.code === code) ?? {
        id: null,
        from: null,
        text: null,
        code,
        receivedAt: null,
      },
    ]);
  }
  const moved = next.status !== before.status || next.providerStatus !== before.providerStatus;
  return { messages, codes, status: moved ? next.status : null };
}

/**
 * Worth another look later: the provider or the network failed for now (5xx, 429, no reply), or the
 * reply could not be read this once. Anything else (auth, not found, a bug) will not mend by waiting.
 */
export function isTransient(error: unknown): boolean {
  return error instanceof SmsError && (error.retryable || error instanceof ResponseFormatError);
}
