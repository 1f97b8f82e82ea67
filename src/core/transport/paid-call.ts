/**
 * Money is never lost: when a paid call (buy, rent, renew, reuse) may have reached the provider but no
 * reply came back, or a reply came that cannot be read (an HTML page, malformed JSON), the adapter
 * reconciles before it answers instead of buying again to find out. A purchase whose reply was read but
 * cannot be mapped (it names a charged order) is reported as possibly charged, with what the reply
 * showed, rather than as a plain format error.
 */
import {
  NetworkError,
  OutcomeUnknownError,
  type PaidOperation,
  ResponseFormatError,
  SmsError,
} from "../errors.js";
import type { ProviderName } from "../model.js";
import { sleep } from "../sleep.js";
import type { PurchaseLog } from "./purchase-log.js";

/** What a reconciliation learnt: the purchase it found, or proof that none was made. */
export type Reconciled<T> = { found: T } | { absent: true };

/** How long to wait before looking a second time when the first look found nothing. */
export const DEFAULT_RECHECK_MS = 2_000;

export interface PaidCallOptions<T> {
  provider: ProviderName;
  operation: PaidOperation;
  /** What is known about the request, for `OutcomeUnknownError.known` (never a secret). */
  known: Record<string, unknown>;
  /** Looks for the purchase after a lost reply; omit where the provider offers no way to look. */
  reconcile?: () => Promise<Reconciled<T>>;
  /**
   * Whether `reconcile` may also settle a reply that came but could not be read (default true). False
   * where reconciling means asking again (JuicySMS re-sends the purchase, capped by its one-open-order
   * rule): that is a risk worth taking for a reply that never came, not for one that said something.
   */
  reconcileUnreadable?: boolean;
  /**
   * The provider object's purchases: a purchase found by `reconcile` is believed to be ours only when no
   * other purchase of the same provider object overlapped this one (else `OutcomeUnknownError`).
   */
  purchases?: PurchaseLog;
  /**
   * A purchase still in flight when the reply was lost may land a moment after the first look: "absent"
   * is believed only after a second look this long after the first (default 2 s).
   */
  recheckAfterMs?: number;
}

/** True when `error` leaves it open whether the provider acted on the request. */
export function isLostReply(error: unknown): error is NetworkError {
  return error instanceof NetworkError && error.requestMayHaveBeenSent;
}

export async function paidCall<T>(call: () => Promise<T>, options: PaidCallOptions<T>): Promise<T> {
  const purchase = options.purchases?.begin();
  try {
    return await settle(call, options, purchase);
  } finally {
    purchase?.end();
  }
}

async function settle<T>(
  call: () => Promise<T>,
  options: PaidCallOptions<T>,
  purchase: { overlapped(): boolean } | undefined,
): Promise<T> {
  const { provider, operation } = options;
  try {
    return await call();
  } catch (error) {
    // An unreadable reply (an HTML page, malformed JSON) says nothing of whether it was charged: where the
    // provider can be asked, it is settled exactly as a lost reply is.
    const unreadableReply = error instanceof ResponseFormatError;
    if (unreadableReply && (!options.reconcile || options.reconcileUnreadable === false)) {
      throw unreadable(options, error);
    }
    if (!unreadableReply && !isLostReply(error)) throw error;
    if (!options.reconcile) throw unknown(options, `${provider} offers no way to check`, error);
    for (const wait of [0, options.recheckAfterMs ?? DEFAULT_RECHECK_MS]) {
      if (wait > 0) await sleep(wait);
      let outcome: Reconciled<T>;
      try {
        outcome = await options.reconcile();
      } catch (reconcileError) {
        if (reconcileError instanceof OutcomeUnknownError) throw reconcileError;
        if (unreadableReply) throw unreadable(options, error);
        const why =
          reconcileError instanceof SmsError
            ? `the check failed too (${reconcileError.code})`
            : `the check could not decide (${reconcileError instanceof Error ? reconcileError.message : "unknown"})`;
        throw unknown(options, why, reconcileError);
      }
      if ("found" in outcome) {
        if (purchase?.overlapped()) {
          throw unknown(
            options,
            "another purchase of this provider ran beside it, so the one found may be that one's",
            error,
          );
        }
        return outcome.found;
      }
    }
    // Looked twice, apart: nothing was charged, so this is an ordinary failure of its kind.
    if (unreadableReply) {
      throw new ResponseFormatError(`${error.message}; checked twice: no ${operation} was made`, {
        provider,
        ...(error.excerpt !== undefined ? { excerpt: error.excerpt } : {}),
      });
    }
    throw new NetworkError(`${error.message}; checked twice: no ${operation} was made`, {
      provider,
      requestMayHaveBeenSent: false,
      ...(error.status !== undefined ? { status: error.status } : {}),
    });
  }
}

/**
 * Maps the reply of a paid call that went through. A reply the adapter cannot map (a number that is not
 * E.164, say) is reported as a purchase that was probably charged, carrying the reply itself (its ids),
 * never as a plain format error that would hide the charge.
 */
export async function mapCharged<R, T>(
  reply: R,
  map: (reply: R) => T | Promise<T>,
  options: Pick<PaidCallOptions<unknown>, "provider" | "operation" | "known">,
): Promise<T> {
  try {
    return await map(reply);
  } catch (error) {
    if (!(error instanceof ResponseFormatError)) throw error;
    const shown = JSON.stringify(reply) ?? String(reply);
    throw unreadable(
      options,
      new ResponseFormatError(error.message, {
        provider: options.provider,
        excerpt: shown.slice(0, 300),
        cause: error,
      }),
    );
  }
}

function unknown<T>(options: PaidCallOptions<T>, why: string, cause: unknown) {
  const { provider, operation, known } = options;
  return new OutcomeUnknownError(
    `${provider}: the ${operation} reply was lost and it may have been charged; ${why}. Check your ${provider} account before trying again.`,
    { provider, operation, known, cause },
  );
}

function unreadable(
  options: Pick<PaidCallOptions<unknown>, "provider" | "operation" | "known">,
  error: ResponseFormatError,
) {
  const { provider, operation, known } = options;
  return new OutcomeUnknownError(
    `${provider}: the ${operation} was answered, so it was probably charged, but the reply could not be read (${error.message}). Its excerpt is in known.reply; check your ${provider} account.`,
    { provider, operation, known: { ...known, reply: error.excerpt ?? null }, cause: error },
  );
}
