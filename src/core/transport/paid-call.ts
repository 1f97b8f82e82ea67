/**
 * Money is never lost: when a paid call (buy, rent, renew, reuse) may have reached the provider but no
 * reply came back, the adapter reconciles before it answers instead of buying again to find out.
 */
import { NetworkError, OutcomeUnknownError, type PaidOperation, SmsError } from "../errors.js";
import type { ProviderName } from "../model.js";

/** What a reconciliation learnt: the purchase it found, or proof that none was made. */
export type Reconciled<T> = { found: T } | { absent: true };

export interface PaidCallOptions<T> {
  provider: ProviderName;
  operation: PaidOperation;
  /** What is known about the request, for `OutcomeUnknownError.known` (never a secret). */
  known: Record<string, unknown>;
  /** Looks for the purchase after a lost reply; omit where the provider offers no way to look. */
  reconcile?: () => Promise<Reconciled<T>>;
}

/** True when `error` leaves it open whether the provider acted on the request. */
export function isLostReply(error: unknown): error is NetworkError {
  return error instanceof NetworkError && error.requestMayHaveBeenSent;
}

export async function paidCall<T>(call: () => Promise<T>, options: PaidCallOptions<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isLostReply(error)) throw error;
    const { provider, operation, known } = options;
    if (options.reconcile) {
      let outcome: Reconciled<T> | undefined;
      try {
        outcome = await options.reconcile();
      } catch (reconcileError) {
        const code = reconcileError instanceof SmsError ? reconcileError.code : "error";
        throw unknown(provider, operation, known, `the check failed too (${code})`);
      }
      if ("found" in outcome) return outcome.found;
      // Proven absent: nothing was charged, so this is an ordinary network failure.
      throw new NetworkError(`${error.message}; no ${operation} was made`, {
        provider,
        requestMayHaveBeenSent: false,
      });
    }
    throw unknown(provider, operation, known, `${provider} offers no way to check`);
  }
}

function unknown(
  provider: ProviderName,
  operation: PaidOperation,
  known: Record<string, unknown>,
  why: string,
) {
  return new OutcomeUnknownError(
    `${provider}: the ${operation} reply was lost and it may have been charged; ${why}. Check your ${provider} account before trying again.`,
    { provider, operation, known },
  );
}
